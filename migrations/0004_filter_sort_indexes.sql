CREATE INDEX `penalties_organisation_issued_idx` ON `penalties` (`organisation_id`,`issued_start`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_organisation_amount_idx` ON `penalties` (`organisation_id`,`amount_minor`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_regulator_issued_idx` ON `penalties` (`regulator_id`,`issued_start`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_regulator_amount_idx` ON `penalties` (`regulator_id`,`amount_minor`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_type_issued_idx` ON `penalties` (`type`,`issued_start`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_type_amount_idx` ON `penalties` (`type`,`amount_minor`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_status_issued_idx` ON `penalties` (`status`,`issued_start`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_status_amount_idx` ON `penalties` (`status`,`amount_minor`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_currency_idx` ON `penalties` (`currency`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_currency_issued_idx` ON `penalties` (`currency`,`issued_start`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_qualifier_idx` ON `penalties` (`amount_qualifier`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_qualifier_issued_idx` ON `penalties` (`amount_qualifier`,`issued_start`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_qualifier_amount_idx` ON `penalties` (`amount_qualifier`,`amount_minor`,`id`);