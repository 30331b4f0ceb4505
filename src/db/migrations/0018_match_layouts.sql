CREATE TABLE `match_layout` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`side` text NOT NULL,
	`name` text NOT NULL,
	`mapping_json` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "match_layout_side" CHECK("match_layout"."side" = 'calworks' OR "match_layout"."side" = 'cws')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `match_layout_name_idx` ON `match_layout` (`county_id`,`side`,`name`);--> statement-breakpoint
-- Every write moves the version on, even one that did not set it (an undo writes the old image).
CREATE TRIGGER `match_layout_version` AFTER UPDATE ON `match_layout` FOR EACH ROW WHEN NEW.`version` <= OLD.`version`
BEGIN UPDATE `match_layout` SET `version` = OLD.`version` + 1 WHERE rowid = NEW.rowid; END;
