CREATE TABLE `rollup` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`sfy_start_year` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rollup_name_unique` ON `rollup` (`name`);--> statement-breakpoint
CREATE TABLE `rollup_package` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rollup_id` integer NOT NULL,
	`county_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`generated_at` text NOT NULL,
	`figures_json` text NOT NULL,
	`added_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`added_by` text NOT NULL,
	FOREIGN KEY (`rollup_id`) REFERENCES `rollup`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rollup_package_county_idx` ON `rollup_package` (`rollup_id`,`county_id`);