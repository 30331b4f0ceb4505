CREATE TABLE `caseload_assignment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`family_id` integer NOT NULL,
	`program` text NOT NULL,
	`user_id` integer NOT NULL,
	`assigned_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`assigned_by` text NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`family_id`) REFERENCES `mutual_family`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `app_user`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "caseload_program" CHECK("caseload_assignment"."program" IN ('calworks', 'cws'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `caseload_family_program_idx` ON `caseload_assignment` (`family_id`,`program`);--> statement-breakpoint
CREATE INDEX `caseload_user_idx` ON `caseload_assignment` (`user_id`,`county_id`);--> statement-breakpoint
CREATE TABLE `identifier_reveal` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`county_id` integer NOT NULL,
	`user_id` integer,
	`actor` text NOT NULL,
	`method` text NOT NULL,
	`run_id` integer,
	`calworks_case` text DEFAULT '' NOT NULL,
	`cws_case` text DEFAULT '' NOT NULL,
	`purpose` text NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `identifier_reveal_county_idx` ON `identifier_reveal` (`county_id`,`at`);