CREATE TABLE `penalty_documents` (
	`penalty_id` text PRIMARY KEY NOT NULL,
	`document` text NOT NULL,
	`statements` text NOT NULL
);
