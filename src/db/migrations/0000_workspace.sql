CREATE TABLE `audit_event` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor` text NOT NULL,
	`county_id` integer,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`before_json` text,
	`after_json` text,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_event_entity_idx` ON `audit_event` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_event_county_at_idx` ON `audit_event` (`county_id`,`at`);--> statement-breakpoint
CREATE TABLE `county` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`fips` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `county_name_unique` ON `county` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `county_fips_unique` ON `county` (`fips`);--> statement-breakpoint
CREATE TABLE `workspace_setting` (
	`key` text PRIMARY KEY NOT NULL,
	`value_json` text NOT NULL,
	`updated_at` text NOT NULL
);
