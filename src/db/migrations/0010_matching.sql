CREATE TABLE `match_decision` (
	`county_id` integer NOT NULL,
	`calworks_person_id` text NOT NULL,
	`cws_person_id` text NOT NULL,
	`decision` text NOT NULL,
	`decided_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`decided_by` text NOT NULL,
	PRIMARY KEY(`county_id`, `calworks_person_id`, `cws_person_id`),
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "match_decision_value" CHECK("match_decision"."decision" = 'match' OR "match_decision"."decision" = 'non-match')
);
--> statement-breakpoint
CREATE TABLE `match_extract` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`side` text NOT NULL,
	`file_name` text NOT NULL,
	`fingerprint` text NOT NULL,
	`rows` integer NOT NULL,
	`imported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`imported_by` text NOT NULL,
	`purged_at` text,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "match_extract_side" CHECK("match_extract"."side" = 'calworks' OR "match_extract"."side" = 'cws')
);
--> statement-breakpoint
CREATE INDEX `match_extract_county_idx` ON `match_extract` (`county_id`,`side`);--> statement-breakpoint
CREATE TABLE `match_pair` (
	`run_id` integer NOT NULL,
	`calworks_row` integer NOT NULL,
	`cws_row` integer NOT NULL,
	`probability` real NOT NULL,
	`pattern` integer NOT NULL,
	PRIMARY KEY(`run_id`, `calworks_row`, `cws_row`),
	FOREIGN KEY (`run_id`) REFERENCES `match_run`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `match_pair_probability_idx` ON `match_pair` (`run_id`,`probability`);--> statement-breakpoint
CREATE TABLE `match_person` (
	`extract_id` integer NOT NULL,
	`row` integer NOT NULL,
	`person_id` text NOT NULL,
	`case_number` text NOT NULL,
	`first_name` text NOT NULL,
	`middle_name` text NOT NULL,
	`last_name` text NOT NULL,
	`dob` text NOT NULL,
	`sex` text NOT NULL,
	`ssn` text NOT NULL,
	`street` text NOT NULL,
	`zip` text NOT NULL,
	`role` text NOT NULL,
	`cws_status` text NOT NULL,
	`case_type` text NOT NULL,
	PRIMARY KEY(`extract_id`, `row`),
	FOREIGN KEY (`extract_id`) REFERENCES `match_extract`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `match_person_id_idx` ON `match_person` (`extract_id`,`person_id`);--> statement-breakpoint
CREATE TABLE `match_run` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`calworks_extract_id` integer NOT NULL,
	`cws_extract_id` integer NOT NULL,
	`accept` real NOT NULL,
	`review` real NOT NULL,
	`seed` integer NOT NULL,
	`model_json` text NOT NULL,
	`pairs_compared` integer NOT NULL,
	`purged_results_json` text,
	`started_at` text NOT NULL,
	`finished_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor` text NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`calworks_extract_id`) REFERENCES `match_extract`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cws_extract_id`) REFERENCES `match_extract`(`id`) ON UPDATE no action ON DELETE no action
);
