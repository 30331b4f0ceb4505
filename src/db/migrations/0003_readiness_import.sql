CREATE TABLE `readiness_import` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`county_id` integer NOT NULL,
	`file_sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`respondents` integer NOT NULL,
	`imported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `readiness_round`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `readiness_import_file_idx` ON `readiness_import` (`round_id`,`file_sha256`);