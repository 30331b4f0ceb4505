CREATE TABLE `readiness_answer` (
	`respondent_id` integer NOT NULL,
	`item_id` text NOT NULL,
	`answer` integer NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`respondent_id`, `item_id`),
	FOREIGN KEY (`respondent_id`) REFERENCES `readiness_respondent`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "readiness_answer_range" CHECK("readiness_answer"."answer" BETWEEN 0 AND 5)
);
--> statement-breakpoint
CREATE TABLE `readiness_respondent` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`county_id` integer NOT NULL,
	`program` text NOT NULL,
	`role_level` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `readiness_round`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "readiness_respondent_program" CHECK("readiness_respondent"."program" IN ('calworks', 'cws', 'partner')),
	CONSTRAINT "readiness_respondent_role" CHECK("readiness_respondent"."role_level" IN ('manager', 'supervisor', 'line'))
);
--> statement-breakpoint
CREATE INDEX `readiness_respondent_round_idx` ON `readiness_respondent` (`round_id`);--> statement-breakpoint
CREATE TABLE `readiness_round` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`title` text NOT NULL,
	`held_on` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`instrument_version` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "readiness_round_status" CHECK("readiness_round"."status" IN ('open', 'closed'))
);
--> statement-breakpoint
CREATE INDEX `readiness_round_county_idx` ON `readiness_round` (`county_id`,`held_on`);