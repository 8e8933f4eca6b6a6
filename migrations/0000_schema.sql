CREATE TABLE `citations` (
	`id` integer PRIMARY KEY NOT NULL,
	`source_id` text NOT NULL,
	`regulator_id` text,
	`organisation_id` text,
	`person_id` text,
	`statement_id` text,
	`incident_id` text,
	`penalty_id` text,
	`field` text,
	`quote` text NOT NULL,
	`quote_start` integer NOT NULL,
	`quote_end` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`regulator_id`) REFERENCES `regulators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`penalty_id`) REFERENCES `penalties`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "citations_one_subject" CHECK(("regulator_id" IS NOT NULL) + ("organisation_id" IS NOT NULL) + ("person_id" IS NOT NULL) + ("statement_id" IS NOT NULL) + ("incident_id" IS NOT NULL) + ("penalty_id" IS NOT NULL) = 1),
	CONSTRAINT "citations_field_non_empty" CHECK("field" IS NULL OR length(trim("field")) > 0),
	CONSTRAINT "citations_quote_non_empty" CHECK(length(trim("quote")) > 0),
	CONSTRAINT "citations_offsets" CHECK(typeof("quote_start") = 'integer' AND "quote_start" >= 0 AND typeof("quote_end") = 'integer' AND "quote_end" >= 0 AND "quote_end" - "quote_start" = length("quote"))
);
--> statement-breakpoint
CREATE INDEX `citations_source_idx` ON `citations` (`source_id`);--> statement-breakpoint
CREATE INDEX `citations_regulator_idx` ON `citations` (`regulator_id`);--> statement-breakpoint
CREATE INDEX `citations_organisation_idx` ON `citations` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `citations_person_idx` ON `citations` (`person_id`);--> statement-breakpoint
CREATE INDEX `citations_statement_idx` ON `citations` (`statement_id`);--> statement-breakpoint
CREATE INDEX `citations_incident_idx` ON `citations` (`incident_id`);--> statement-breakpoint
CREATE INDEX `citations_penalty_idx` ON `citations` (`penalty_id`);--> statement-breakpoint
CREATE TABLE `dataset` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`version` text NOT NULL,
	`licence` text NOT NULL,
	CONSTRAINT "dataset_single_row" CHECK("id" = 1),
	CONSTRAINT "dataset_version_format" CHECK("version" GLOB '[0-9a-f]*')
);
--> statement-breakpoint
CREATE TABLE `incident_data_categories` (
	`incident_id` text NOT NULL,
	`category` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`incident_id`, `category`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "incident_data_categories_known" CHECK("category" IN ('names', 'dates_of_birth', 'postal_addresses', 'telephone_numbers', 'payment_card_details', 'card_verification_values', 'payment_details', 'billing_details', 'medical_records', 'login_credentials', 'insurance_contributions', 'other')),
	CONSTRAINT "incident_data_categories_text_non_empty" CHECK(length(trim("text")) > 0)
);
--> statement-breakpoint
CREATE TABLE `incident_parties` (
	`incident_id` text NOT NULL,
	`key` text NOT NULL,
	`organisation_id` text,
	`description` text,
	`role` text NOT NULL,
	`certainty` text NOT NULL,
	PRIMARY KEY(`incident_id`, `key`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "incident_parties_key_slug" CHECK("key" GLOB '[a-z0-9]*' AND "key" NOT GLOB '*[^a-z0-9-]*' AND "key" NOT GLOB '*--*' AND "key" NOT GLOB '*-'),
	CONSTRAINT "incident_parties_role_known" CHECK("role" IN ('controller', 'processor', 'contractor', 'vendor', 'threat_actor', 'affected_third_party', 'reporter', 'legal_representative', 'other')),
	CONSTRAINT "incident_parties_certainty_known" CHECK("certainty" IN ('stated', 'suspected')),
	CONSTRAINT "incident_parties_identified" CHECK("organisation_id" IS NOT NULL OR "description" IS NOT NULL),
	CONSTRAINT "incident_parties_description_non_empty" CHECK("description" IS NULL OR length(trim("description")) > 0)
);
--> statement-breakpoint
CREATE INDEX `incident_parties_organisation_idx` ON `incident_parties` (`organisation_id`,`role`);--> statement-breakpoint
CREATE INDEX `incident_parties_role_idx` ON `incident_parties` (`role`,`organisation_id`);--> statement-breakpoint
CREATE TABLE `incident_quantities` (
	`incident_id` text NOT NULL,
	`key` text NOT NULL,
	`measure` text NOT NULL,
	`value` integer NOT NULL,
	`value_max` integer,
	`qualifier` text NOT NULL,
	`unit` text NOT NULL,
	`scope` text,
	`text` text NOT NULL,
	PRIMARY KEY(`incident_id`, `key`),
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "incident_quantities_key_slug" CHECK("key" GLOB '[a-z0-9]*' AND "key" NOT GLOB '*[^a-z0-9-]*' AND "key" NOT GLOB '*--*' AND "key" NOT GLOB '*-'),
	CONSTRAINT "incident_quantities_measure_known" CHECK("measure" IN ('people_affected', 'people_defrauded', 'records_exposed', 'records_held', 'detection_delay', 'response_delay', 'other')),
	CONSTRAINT "incident_quantities_qualifier_known" CHECK("qualifier" IN ('exact', 'approximate', 'more_than', 'at_least', 'fewer_than', 'up_to')),
	CONSTRAINT "incident_quantities_unit_known" CHECK("unit" IN ('people', 'customers', 'users', 'records', 'days', 'weeks', 'months', 'years')),
	CONSTRAINT "incident_quantities_value_whole" CHECK(typeof("value") = 'integer' AND "value" >= 0),
	CONSTRAINT "incident_quantities_value_max_whole" CHECK("value_max" IS NULL OR (typeof("value_max") = 'integer' AND "value_max" >= 0 AND "value_max" >= "value")),
	CONSTRAINT "incident_quantities_scope_non_empty" CHECK("scope" IS NULL OR length(trim("scope")) > 0),
	CONSTRAINT "incident_quantities_text_non_empty" CHECK(length(trim("text")) > 0)
);
--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`summary` text NOT NULL,
	`occurred_from` text,
	`occurred_from_precision` text,
	`occurred_from_text` text,
	`occurred_to` text,
	`occurred_to_precision` text,
	`occurred_to_text` text,
	`occurred_start` text GENERATED ALWAYS AS (CASE "occurred_from_precision" WHEN 'year' THEN "occurred_from" || '-01-01' WHEN 'month' THEN "occurred_from" || '-01' ELSE "occurred_from" END) STORED,
	`occurred_end` text GENERATED ALWAYS AS (CASE WHEN "occurred_to" IS NULL THEN CASE "occurred_from_precision" WHEN 'year' THEN "occurred_from" || '-12-31' WHEN 'month' THEN date("occurred_from" || '-01', '+1 month', '-1 day') ELSE "occurred_from" END ELSE CASE "occurred_to_precision" WHEN 'year' THEN "occurred_to" || '-12-31' WHEN 'month' THEN date("occurred_to" || '-01', '+1 month', '-1 day') ELSE "occurred_to" END END) STORED,
	`discovered_how` text,
	`cause` text,
	`remediation` text,
	CONSTRAINT "incidents_id_slug" CHECK("id" GLOB '[a-z0-9]*' AND "id" NOT GLOB '*[^a-z0-9-]*' AND "id" NOT GLOB '*--*' AND "id" NOT GLOB '*-'),
	CONSTRAINT "incidents_name_non_empty" CHECK(length(trim("name")) > 0),
	CONSTRAINT "incidents_summary_non_empty" CHECK(length(trim("summary")) > 0),
	CONSTRAINT "occurred_from_complete" CHECK(("occurred_from" IS NULL AND "occurred_from_precision" IS NULL AND "occurred_from_text" IS NULL) OR ("occurred_from" IS NOT NULL AND "occurred_from_precision" IS NOT NULL AND "occurred_from_text" IS NOT NULL)),
	CONSTRAINT "occurred_from_precision_known" CHECK("occurred_from_precision" IS NULL OR "occurred_from_precision" IN ('year', 'month', 'day')),
	CONSTRAINT "occurred_from_format" CHECK("occurred_from" IS NULL OR CASE "occurred_from_precision"
        WHEN 'year' THEN "occurred_from" GLOB '[0-9][0-9][0-9][0-9]'
        WHEN 'month' THEN "occurred_from" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND date("occurred_from" || '-01') IS "occurred_from" || '-01'
        WHEN 'day' THEN "occurred_from" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date("occurred_from") IS "occurred_from"
        ELSE 0 END),
	CONSTRAINT "occurred_to_complete" CHECK(("occurred_to" IS NULL AND "occurred_to_precision" IS NULL AND "occurred_to_text" IS NULL) OR ("occurred_to" IS NOT NULL AND "occurred_to_precision" IS NOT NULL AND "occurred_to_text" IS NOT NULL)),
	CONSTRAINT "occurred_to_precision_known" CHECK("occurred_to_precision" IS NULL OR "occurred_to_precision" IN ('year', 'month', 'day')),
	CONSTRAINT "occurred_to_format" CHECK("occurred_to" IS NULL OR CASE "occurred_to_precision"
        WHEN 'year' THEN "occurred_to" GLOB '[0-9][0-9][0-9][0-9]'
        WHEN 'month' THEN "occurred_to" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND date("occurred_to" || '-01') IS "occurred_to" || '-01'
        WHEN 'day' THEN "occurred_to" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date("occurred_to") IS "occurred_to"
        ELSE 0 END),
	CONSTRAINT "incidents_range_has_start" CHECK("occurred_to" IS NULL OR "occurred_from" IS NOT NULL),
	CONSTRAINT "incidents_range_ordered" CHECK("occurred_to" IS NULL OR "occurred_end" >= "occurred_start"),
	CONSTRAINT "incidents_discovered_how_non_empty" CHECK("discovered_how" IS NULL OR length(trim("discovered_how")) > 0),
	CONSTRAINT "incidents_cause_non_empty" CHECK("cause" IS NULL OR length(trim("cause")) > 0),
	CONSTRAINT "incidents_remediation_non_empty" CHECK("remediation" IS NULL OR length(trim("remediation")) > 0)
);
--> statement-breakpoint
CREATE INDEX `incidents_occurred_idx` ON `incidents` (`occurred_start`,`id`);--> statement-breakpoint
CREATE INDEX `incidents_name_idx` ON `incidents` (`name`,`id`);--> statement-breakpoint
CREATE TABLE `organisation_aliases` (
	`organisation_id` text NOT NULL,
	`alias` text NOT NULL,
	PRIMARY KEY(`organisation_id`, `alias`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "organisation_aliases_non_empty" CHECK(length(trim("alias")) > 0)
);
--> statement-breakpoint
CREATE INDEX `organisation_aliases_alias_idx` ON `organisation_aliases` (`alias`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`sector` text,
	`description` text,
	`country` text,
	CONSTRAINT "organisations_id_slug" CHECK("id" GLOB '[a-z0-9]*' AND "id" NOT GLOB '*[^a-z0-9-]*' AND "id" NOT GLOB '*--*' AND "id" NOT GLOB '*-'),
	CONSTRAINT "organisations_name_non_empty" CHECK(length(trim("name")) > 0),
	CONSTRAINT "organisations_sector_known" CHECK("sector" IS NULL OR "sector" IN ('insurance', 'ticketing', 'aviation', 'pharmacy', 'banking', 'software', 'telecommunications', 'legal_services', 'public_sector', 'retail', 'other')),
	CONSTRAINT "organisations_description_non_empty" CHECK("description" IS NULL OR length(trim("description")) > 0),
	CONSTRAINT "organisations_country_code" CHECK("country" IS NULL OR "country" GLOB '[A-Z][A-Z]')
);
--> statement-breakpoint
CREATE INDEX `organisations_name_idx` ON `organisations` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `organisations_sector_idx` ON `organisations` (`sector`,`name`,`id`);--> statement-breakpoint
CREATE TABLE `penalties` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`regulator_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`incident_id` text,
	`summary` text NOT NULL,
	`amount_minor` integer,
	`currency` text,
	`amount_text` text,
	`amount_qualifier` text,
	`issued_on` text,
	`issued_on_precision` text,
	`issued_on_text` text,
	`issued_start` text GENERATED ALWAYS AS (CASE "issued_on_precision" WHEN 'year' THEN "issued_on" || '-01-01' WHEN 'month' THEN "issued_on" || '-01' ELSE "issued_on" END) STORED,
	`issued_end` text GENERATED ALWAYS AS (CASE "issued_on_precision" WHEN 'year' THEN "issued_on" || '-12-31' WHEN 'month' THEN date("issued_on" || '-01', '+1 month', '-1 day') ELSE "issued_on" END) STORED,
	`legal_basis` text,
	`rationale` text,
	`terms` text,
	`signed_by_person_id` text,
	`supersedes_penalty_id` text,
	FOREIGN KEY (`regulator_id`) REFERENCES `regulators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signed_by_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supersedes_penalty_id`) REFERENCES `penalties`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "penalties_id_slug" CHECK("id" GLOB '[a-z0-9]*' AND "id" NOT GLOB '*[^a-z0-9-]*' AND "id" NOT GLOB '*--*' AND "id" NOT GLOB '*-'),
	CONSTRAINT "penalties_name_non_empty" CHECK(length(trim("name")) > 0),
	CONSTRAINT "penalties_summary_non_empty" CHECK(length(trim("summary")) > 0),
	CONSTRAINT "penalties_type_known" CHECK("type" IN ('monetary_penalty', 'undertaking', 'enforcement_notice', 'reprimand', 'prosecution', 'other')),
	CONSTRAINT "penalties_status_known" CHECK("status" IN ('proposed', 'imposed', 'reduced', 'under_appeal', 'upheld', 'overturned', 'withdrawn')),
	CONSTRAINT "penalties_amount_complete" CHECK(("amount_minor" IS NULL AND "currency" IS NULL AND "amount_text" IS NULL AND "amount_qualifier" IS NULL) OR ("amount_minor" IS NOT NULL AND "currency" IS NOT NULL AND "amount_text" IS NOT NULL AND "amount_qualifier" IS NOT NULL)),
	CONSTRAINT "penalties_amount_whole" CHECK("amount_minor" IS NULL OR typeof("amount_minor") = 'integer' AND "amount_minor" >= 0),
	CONSTRAINT "penalties_currency_code" CHECK("currency" IS NULL OR "currency" GLOB '[A-Z][A-Z][A-Z]'),
	CONSTRAINT "penalties_amount_qualifier_known" CHECK("amount_qualifier" IS NULL OR "amount_qualifier" IN ('exact', 'approximate', 'more_than', 'at_least', 'fewer_than', 'up_to')),
	CONSTRAINT "penalties_amount_text_non_empty" CHECK("amount_text" IS NULL OR length(trim("amount_text")) > 0),
	CONSTRAINT "issued_on_complete" CHECK(("issued_on" IS NULL AND "issued_on_precision" IS NULL AND "issued_on_text" IS NULL) OR ("issued_on" IS NOT NULL AND "issued_on_precision" IS NOT NULL AND "issued_on_text" IS NOT NULL)),
	CONSTRAINT "issued_on_precision_known" CHECK("issued_on_precision" IS NULL OR "issued_on_precision" IN ('year', 'month', 'day')),
	CONSTRAINT "issued_on_format" CHECK("issued_on" IS NULL OR CASE "issued_on_precision"
        WHEN 'year' THEN "issued_on" GLOB '[0-9][0-9][0-9][0-9]'
        WHEN 'month' THEN "issued_on" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND date("issued_on" || '-01') IS "issued_on" || '-01'
        WHEN 'day' THEN "issued_on" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date("issued_on") IS "issued_on"
        ELSE 0 END),
	CONSTRAINT "penalties_legal_basis_non_empty" CHECK("legal_basis" IS NULL OR length(trim("legal_basis")) > 0),
	CONSTRAINT "penalties_rationale_non_empty" CHECK("rationale" IS NULL OR length(trim("rationale")) > 0),
	CONSTRAINT "penalties_terms_non_empty" CHECK("terms" IS NULL OR length(trim("terms")) > 0),
	CONSTRAINT "penalties_not_self_superseding" CHECK("supersedes_penalty_id" IS NULL OR "supersedes_penalty_id" <> "id")
);
--> statement-breakpoint
CREATE INDEX `penalties_issued_idx` ON `penalties` (`issued_start`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_amount_idx` ON `penalties` (`amount_minor`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_organisation_idx` ON `penalties` (`organisation_id`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_incident_idx` ON `penalties` (`incident_id`);--> statement-breakpoint
CREATE INDEX `penalties_regulator_idx` ON `penalties` (`regulator_id`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_type_idx` ON `penalties` (`type`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_status_idx` ON `penalties` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_currency_amount_idx` ON `penalties` (`currency`,`amount_minor`,`id`);--> statement-breakpoint
CREATE INDEX `penalties_supersedes_idx` ON `penalties` (`supersedes_penalty_id`);--> statement-breakpoint
CREATE TABLE `penalty_amount_equivalents` (
	`penalty_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`amount_text` text NOT NULL,
	`amount_qualifier` text NOT NULL,
	PRIMARY KEY(`penalty_id`, `currency`),
	FOREIGN KEY (`penalty_id`) REFERENCES `penalties`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "penalty_amount_equivalents_whole" CHECK(typeof("amount_minor") = 'integer' AND "amount_minor" >= 0),
	CONSTRAINT "penalty_amount_equivalents_currency_code" CHECK("currency" GLOB '[A-Z][A-Z][A-Z]'),
	CONSTRAINT "penalty_amount_equivalents_qualifier_known" CHECK("amount_qualifier" IN ('exact', 'approximate', 'more_than', 'at_least', 'fewer_than', 'up_to')),
	CONSTRAINT "penalty_amount_equivalents_text_non_empty" CHECK(length(trim("amount_text")) > 0)
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`job_title` text,
	`organisation_id` text,
	`regulator_id` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`regulator_id`) REFERENCES `regulators`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "people_id_slug" CHECK("id" GLOB '[a-z0-9]*' AND "id" NOT GLOB '*[^a-z0-9-]*' AND "id" NOT GLOB '*--*' AND "id" NOT GLOB '*-'),
	CONSTRAINT "people_name_non_empty" CHECK(length(trim("name")) > 0),
	CONSTRAINT "people_job_title_non_empty" CHECK("job_title" IS NULL OR length(trim("job_title")) > 0),
	CONSTRAINT "people_one_employer" CHECK("organisation_id" IS NULL OR "regulator_id" IS NULL)
);
--> statement-breakpoint
CREATE TABLE `regulators` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`abbreviation` text,
	`jurisdiction` text,
	CONSTRAINT "regulators_id_slug" CHECK("id" GLOB '[a-z0-9]*' AND "id" NOT GLOB '*[^a-z0-9-]*' AND "id" NOT GLOB '*--*' AND "id" NOT GLOB '*-'),
	CONSTRAINT "regulators_name_non_empty" CHECK(length(trim("name")) > 0),
	CONSTRAINT "regulators_abbreviation_non_empty" CHECK("abbreviation" IS NULL OR length(trim("abbreviation")) > 0),
	CONSTRAINT "regulators_jurisdiction_code" CHECK("jurisdiction" IS NULL OR "jurisdiction" GLOB '[A-Z][A-Z]')
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`title` text,
	`publisher` text,
	`author` text,
	`stated_date` text,
	`stated_date_precision` text,
	`stated_date_text` text,
	`sha256` text NOT NULL,
	`byte_length` integer NOT NULL,
	`char_length` integer NOT NULL,
	`text` text NOT NULL,
	CONSTRAINT "sources_id_slug" CHECK("id" GLOB '[a-z0-9]*' AND "id" NOT GLOB '*[^a-z0-9-]*' AND "id" NOT GLOB '*--*' AND "id" NOT GLOB '*-'),
	CONSTRAINT "sources_sha256_hex" CHECK(length("sha256") = 64 AND "sha256" NOT GLOB '*[^0-9a-f]*'),
	CONSTRAINT "sources_lengths" CHECK(typeof("byte_length") = 'integer' AND "byte_length" >= 0 AND typeof("char_length") = 'integer' AND "char_length" >= 0 AND "char_length" = length("text")),
	CONSTRAINT "sources_title_non_empty" CHECK("title" IS NULL OR length(trim("title")) > 0),
	CONSTRAINT "sources_publisher_non_empty" CHECK("publisher" IS NULL OR length(trim("publisher")) > 0),
	CONSTRAINT "sources_author_non_empty" CHECK("author" IS NULL OR length(trim("author")) > 0),
	CONSTRAINT "stated_date_complete" CHECK(("stated_date" IS NULL AND "stated_date_precision" IS NULL AND "stated_date_text" IS NULL) OR ("stated_date" IS NOT NULL AND "stated_date_precision" IS NOT NULL AND "stated_date_text" IS NOT NULL)),
	CONSTRAINT "stated_date_precision_known" CHECK("stated_date_precision" IS NULL OR "stated_date_precision" IN ('year', 'month', 'day')),
	CONSTRAINT "stated_date_format" CHECK("stated_date" IS NULL OR CASE "stated_date_precision"
        WHEN 'year' THEN "stated_date" GLOB '[0-9][0-9][0-9][0-9]'
        WHEN 'month' THEN "stated_date" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND date("stated_date" || '-01') IS "stated_date" || '-01'
        WHEN 'day' THEN "stated_date" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date("stated_date") IS "stated_date"
        ELSE 0 END)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_file_name_unique` ON `sources` (`file_name`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`source_id` text NOT NULL,
	`person_id` text,
	`organisation_id` text,
	`incident_id` text,
	`penalty_id` text,
	`text` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`penalty_id`) REFERENCES `penalties`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statements_id_slug" CHECK("id" GLOB '[a-z0-9]*' AND "id" NOT GLOB '*[^a-z0-9-]*' AND "id" NOT GLOB '*--*' AND "id" NOT GLOB '*-'),
	CONSTRAINT "statements_one_speaker" CHECK(("person_id" IS NULL) <> ("organisation_id" IS NULL)),
	CONSTRAINT "statements_text_non_empty" CHECK(length(trim("text")) > 0)
);
--> statement-breakpoint
CREATE INDEX `statements_person_idx` ON `statements` (`person_id`);--> statement-breakpoint
CREATE INDEX `statements_penalty_idx` ON `statements` (`penalty_id`);--> statement-breakpoint
CREATE INDEX `statements_incident_idx` ON `statements` (`incident_id`);