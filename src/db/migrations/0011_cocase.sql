CREATE TABLE `family_outcome` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`family_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`import_file_name` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `mutual_family`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "family_outcome_kind" CHECK("family_outcome"."kind" IN ('substantiated-referral', 'foster-care-entry', 'reunification', 'cws-case-closed', 'wtw-engagement', 'sanction-started', 'sanction-cured', 'exit-with-earnings', 'return-to-aid'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `family_outcome_event_idx` ON `family_outcome` (`family_id`,`kind`,`date`);--> statement-breakpoint
CREATE TABLE `mutual_family` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`calworks_case` text NOT NULL,
	`cws_case` text NOT NULL,
	`tier` text NOT NULL,
	`group_name` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`calworks_worker` text DEFAULT '' NOT NULL,
	`cws_worker` text DEFAULT '' NOT NULL,
	`match_run_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`match_run_id`) REFERENCES `match_run`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "mutual_family_tier" CHECK("mutual_family"."tier" IN ('secondary', 'tertiary')),
	CONSTRAINT "mutual_family_group" CHECK("mutual_family"."group_name" IN ('linkages', 'comparison')),
	CONSTRAINT "mutual_family_dates" CHECK("mutual_family"."end_date" IS NULL OR "mutual_family"."end_date" >= "mutual_family"."start_date")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mutual_family_cases_idx` ON `mutual_family` (`county_id`,`calworks_case`,`cws_case`);