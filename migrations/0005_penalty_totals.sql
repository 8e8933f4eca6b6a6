CREATE TABLE `penalty_totals` (
	`year` text,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`regulator_id` text NOT NULL,
	`currency` text,
	`count` integer NOT NULL,
	`amount_minor` integer
);
--> statement-breakpoint
INSERT INTO `penalty_totals` (`year`, `type`, `status`, `regulator_id`, `currency`, `count`, `amount_minor`)
SELECT substr(`issued_on`, 1, 4), `type`, `status`, `regulator_id`, `currency`, count(*), sum(`amount_minor`)
FROM `penalties` GROUP BY 1, 2, 3, 4, 5;
