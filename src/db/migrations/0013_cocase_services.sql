CREATE TABLE `family_service` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`family_id` integer NOT NULL,
	`date` text NOT NULL,
	`category_id` integer NOT NULL,
	`stream_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`ledger_entry_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`family_id`) REFERENCES `mutual_family`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `service_category`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stream_id`) REFERENCES `funding_stream`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ledger_entry_id`) REFERENCES `ledger_entry`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "family_service_amount" CHECK("family_service"."amount_cents" <> 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `family_service_ledger_idx` ON `family_service` (`ledger_entry_id`);