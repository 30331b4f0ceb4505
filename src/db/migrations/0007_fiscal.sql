CREATE TABLE `budget` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`sfy_start_year` integer NOT NULL,
	`stream_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`q1_cents` integer,
	`q2_cents` integer,
	`q3_cents` integer,
	`q4_cents` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stream_id`) REFERENCES `funding_stream`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `service_category`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "budget_amount" CHECK("budget"."amount_cents" >= 0),
	CONSTRAINT "budget_split" CHECK(("budget"."q1_cents" IS NULL AND "budget"."q2_cents" IS NULL AND "budget"."q3_cents" IS NULL AND "budget"."q4_cents" IS NULL)
        OR ("budget"."q1_cents" + "budget"."q2_cents" + "budget"."q3_cents" + "budget"."q4_cents" = "budget"."amount_cents"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budget_line_idx` ON `budget` (`county_id`,`sfy_start_year`,`stream_id`,`category_id`);--> statement-breakpoint
CREATE TABLE `funding_stream` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`name` text NOT NULL,
	`source_program` text NOT NULL,
	`level` text NOT NULL,
	`claimable` integer NOT NULL,
	`general_fund` integer DEFAULT false NOT NULL,
	`active_sfys_json` text DEFAULT '[]' NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "funding_stream_source" CHECK("funding_stream"."source_program" IN ('calworks', 'cws', 'county', 'other')),
	CONSTRAINT "funding_stream_level" CHECK("funding_stream"."level" IN ('federal', 'state', 'county', 'private'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `funding_stream_name_idx` ON `funding_stream` (`county_id`,`name`);--> statement-breakpoint
CREATE TABLE `import_mapping` (
	`county_id` integer NOT NULL,
	`kind` text NOT NULL,
	`mapping_json` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`county_id`, `kind`),
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `ledger_cell` (
	`county_id` integer NOT NULL,
	`sfy_start_year` integer NOT NULL,
	`quarter` integer NOT NULL,
	`stream_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	`spent_cents` integer NOT NULL,
	`leveraged_cents` integer NOT NULL,
	`general_fund_saved_cents` integer NOT NULL,
	`entries` integer NOT NULL,
	PRIMARY KEY(`county_id`, `sfy_start_year`, `quarter`, `stream_id`, `category_id`)
);
--> statement-breakpoint
CREATE TABLE `ledger_entry` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`date` text NOT NULL,
	`sfy_start_year` integer NOT NULL,
	`quarter` integer NOT NULL,
	`stream_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	`paying_program` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`leveraged` integer DEFAULT false NOT NULL,
	`saved_program` text,
	`description` text DEFAULT '' NOT NULL,
	`family_reference` text,
	`refund_reason` text DEFAULT '' NOT NULL,
	`import_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stream_id`) REFERENCES `funding_stream`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `service_category`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `ledger_import`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_entry_quarter" CHECK("ledger_entry"."quarter" BETWEEN 1 AND 4),
	CONSTRAINT "ledger_entry_amount" CHECK("ledger_entry"."amount_cents" <> 0),
	CONSTRAINT "ledger_entry_refund" CHECK("ledger_entry"."amount_cents" > 0 OR "ledger_entry"."refund_reason" <> ''),
	CONSTRAINT "ledger_entry_paying" CHECK("ledger_entry"."paying_program" IN ('calworks', 'cws', 'county', 'other')),
	CONSTRAINT "ledger_entry_saved" CHECK(("ledger_entry"."leveraged" = 0 AND "ledger_entry"."saved_program" IS NULL) OR ("ledger_entry"."leveraged" = 1 AND "ledger_entry"."saved_program" IN ('calworks', 'cws', 'county', 'other')))
);
--> statement-breakpoint
CREATE INDEX `ledger_entry_date_idx` ON `ledger_entry` (`county_id`,`date`,`stream_id`,`amount_cents`);--> statement-breakpoint
CREATE INDEX `ledger_entry_import_idx` ON `ledger_entry` (`import_id`);--> statement-breakpoint
CREATE TABLE `ledger_import` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`fingerprint` text NOT NULL,
	`row_count` integer NOT NULL,
	`imported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor` text NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledger_import_fingerprint_idx` ON `ledger_import` (`county_id`,`fingerprint`);--> statement-breakpoint
CREATE TABLE `service_category` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`name` text NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_category_name_idx` ON `service_category` (`county_id`,`name`);--> statement-breakpoint
CREATE TABLE `ledger_bulk_write` (`import_id` integer PRIMARY KEY NOT NULL);
--> statement-breakpoint
CREATE TRIGGER `ledger_cell_insert` AFTER INSERT ON `ledger_entry`
	WHEN NEW.import_id IS NULL OR NOT EXISTS (SELECT 1 FROM `ledger_bulk_write` WHERE import_id = NEW.import_id) BEGIN
	INSERT INTO `ledger_cell` VALUES (NEW.county_id, NEW.sfy_start_year, NEW.quarter, NEW.stream_id, NEW.category_id, NEW.amount_cents, CASE WHEN NEW.leveraged THEN NEW.amount_cents ELSE 0 END, CASE WHEN NEW.leveraged AND NEW.saved_program = 'county' THEN NEW.amount_cents ELSE 0 END, 1)
	ON CONFLICT DO UPDATE SET spent_cents = spent_cents + excluded.spent_cents, leveraged_cents = leveraged_cents + excluded.leveraged_cents, general_fund_saved_cents = general_fund_saved_cents + excluded.general_fund_saved_cents, entries = entries + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_cell_delete` AFTER DELETE ON `ledger_entry`
	WHEN OLD.import_id IS NULL OR NOT EXISTS (SELECT 1 FROM `ledger_bulk_write` WHERE import_id = OLD.import_id) BEGIN
	UPDATE `ledger_cell` SET spent_cents = spent_cents - OLD.amount_cents, leveraged_cents = leveraged_cents - CASE WHEN OLD.leveraged THEN OLD.amount_cents ELSE 0 END, general_fund_saved_cents = general_fund_saved_cents - CASE WHEN OLD.leveraged AND OLD.saved_program = 'county' THEN OLD.amount_cents ELSE 0 END, entries = entries - 1
	WHERE county_id = OLD.county_id AND sfy_start_year = OLD.sfy_start_year AND quarter = OLD.quarter AND stream_id = OLD.stream_id AND category_id = OLD.category_id;
	DELETE FROM `ledger_cell` WHERE entries = 0 AND county_id = OLD.county_id AND sfy_start_year = OLD.sfy_start_year AND quarter = OLD.quarter AND stream_id = OLD.stream_id AND category_id = OLD.category_id;
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_cell_update` AFTER UPDATE ON `ledger_entry` BEGIN
	UPDATE `ledger_cell` SET spent_cents = spent_cents - OLD.amount_cents, leveraged_cents = leveraged_cents - CASE WHEN OLD.leveraged THEN OLD.amount_cents ELSE 0 END, general_fund_saved_cents = general_fund_saved_cents - CASE WHEN OLD.leveraged AND OLD.saved_program = 'county' THEN OLD.amount_cents ELSE 0 END, entries = entries - 1
	WHERE county_id = OLD.county_id AND sfy_start_year = OLD.sfy_start_year AND quarter = OLD.quarter AND stream_id = OLD.stream_id AND category_id = OLD.category_id;
	DELETE FROM `ledger_cell` WHERE entries = 0 AND county_id = OLD.county_id AND sfy_start_year = OLD.sfy_start_year AND quarter = OLD.quarter AND stream_id = OLD.stream_id AND category_id = OLD.category_id;
	INSERT INTO `ledger_cell` VALUES (NEW.county_id, NEW.sfy_start_year, NEW.quarter, NEW.stream_id, NEW.category_id, NEW.amount_cents, CASE WHEN NEW.leveraged THEN NEW.amount_cents ELSE 0 END, CASE WHEN NEW.leveraged AND NEW.saved_program = 'county' THEN NEW.amount_cents ELSE 0 END, 1)
	ON CONFLICT DO UPDATE SET spent_cents = spent_cents + excluded.spent_cents, leveraged_cents = leveraged_cents + excluded.leveraged_cents, general_fund_saved_cents = general_fund_saved_cents + excluded.general_fund_saved_cents, entries = entries + 1;
END;
