PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_ledger_entry` (
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
	CONSTRAINT "ledger_entry_quarter" CHECK("__new_ledger_entry"."quarter" BETWEEN 1 AND 4),
	CONSTRAINT "ledger_entry_amount" CHECK("__new_ledger_entry"."amount_cents" <> 0),
	CONSTRAINT "ledger_entry_refund" CHECK("__new_ledger_entry"."amount_cents" > 0 OR "__new_ledger_entry"."refund_reason" <> ''),
	CONSTRAINT "ledger_entry_paying" CHECK(("__new_ledger_entry"."paying_program" = 'calworks' OR "__new_ledger_entry"."paying_program" = 'cws' OR "__new_ledger_entry"."paying_program" = 'county' OR "__new_ledger_entry"."paying_program" = 'other')),
	CONSTRAINT "ledger_entry_saved" CHECK(("__new_ledger_entry"."leveraged" = 0 AND "__new_ledger_entry"."saved_program" IS NULL) OR ("__new_ledger_entry"."leveraged" = 1 AND ("__new_ledger_entry"."saved_program" = 'calworks' OR "__new_ledger_entry"."saved_program" = 'cws' OR "__new_ledger_entry"."saved_program" = 'county' OR "__new_ledger_entry"."saved_program" = 'other')))
);
--> statement-breakpoint
INSERT INTO `__new_ledger_entry`("id", "county_id", "date", "sfy_start_year", "quarter", "stream_id", "category_id", "paying_program", "amount_cents", "leveraged", "saved_program", "description", "family_reference", "refund_reason", "import_id", "created_at", "updated_at") SELECT "id", "county_id", "date", "sfy_start_year", "quarter", "stream_id", "category_id", "paying_program", "amount_cents", "leveraged", "saved_program", "description", "family_reference", "refund_reason", "import_id", "created_at", "updated_at" FROM `ledger_entry`;--> statement-breakpoint
DROP TABLE `ledger_entry`;--> statement-breakpoint
ALTER TABLE `__new_ledger_entry` RENAME TO `ledger_entry`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `ledger_entry_day_idx` ON `ledger_entry` (`county_id`,`date`,`id`,`stream_id`,`category_id`,`amount_cents`);--> statement-breakpoint
CREATE INDEX `ledger_entry_amount_idx` ON `ledger_entry` (`county_id`,`sfy_start_year`,`amount_cents`);--> statement-breakpoint
CREATE INDEX `ledger_entry_import_idx` ON `ledger_entry` (`import_id`);--> statement-breakpoint
-- Hand-written: the rebuilt table lost its triggers. An import now sets them aside inside its own
-- transaction (see bulkLedgerWrite), so they no longer ask ledger_bulk_write on every row.
DROP TABLE `ledger_bulk_write`;
--> statement-breakpoint
CREATE TRIGGER `ledger_cell_insert` AFTER INSERT ON `ledger_entry` BEGIN
	INSERT INTO `ledger_cell` VALUES (NEW.county_id, NEW.sfy_start_year, NEW.quarter, NEW.stream_id, NEW.category_id, NEW.amount_cents, CASE WHEN NEW.leveraged THEN NEW.amount_cents ELSE 0 END, CASE WHEN NEW.leveraged AND NEW.saved_program = 'county' THEN NEW.amount_cents ELSE 0 END, 1)
	ON CONFLICT DO UPDATE SET spent_cents = spent_cents + excluded.spent_cents, leveraged_cents = leveraged_cents + excluded.leveraged_cents, general_fund_saved_cents = general_fund_saved_cents + excluded.general_fund_saved_cents, entries = entries + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_cell_delete` AFTER DELETE ON `ledger_entry` BEGIN
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
