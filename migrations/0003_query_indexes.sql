DROP INDEX `organisation_aliases_alias_idx`;--> statement-breakpoint
CREATE INDEX `organisation_aliases_alias_idx` ON `organisation_aliases` ("alias" COLLATE NOCASE);--> statement-breakpoint
DROP INDEX `penalties_supersedes_idx`;--> statement-breakpoint
CREATE INDEX `penalties_supersedes_idx` ON `penalties` (`supersedes_penalty_id`) WHERE "penalties"."supersedes_penalty_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `incident_data_categories_category_idx` ON `incident_data_categories` (`category`,`incident_id`);--> statement-breakpoint
CREATE INDEX `organisations_name_nocase_idx` ON `organisations` ("name" COLLATE NOCASE);