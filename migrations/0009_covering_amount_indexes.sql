DROP INDEX `penalties_currency_issued_idx`;--> statement-breakpoint
DROP INDEX `penalties_currency_amount_idx`;--> statement-breakpoint
CREATE INDEX `penalties_currency_issued_idx` ON `penalties` (`currency`,`issued_start`,`id`,`amount_minor`);--> statement-breakpoint
CREATE INDEX `penalties_currency_amount_idx` ON `penalties` (`currency`,`amount_minor`,`id`,`issued_start`);