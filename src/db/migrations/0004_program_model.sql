CREATE TABLE `program_component` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` integer NOT NULL,
	`component_id` text NOT NULL,
	`status` text NOT NULL,
	`lead_program` text NOT NULL,
	`start_date` text,
	`target_population` integer,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "program_component_status" CHECK("program_component"."status" IN ('considering', 'planned', 'installing', 'operating', 'paused', 'retired')),
	CONSTRAINT "program_component_lead" CHECK("program_component"."lead_program" IN ('calworks', 'cws', 'joint')),
	CONSTRAINT "program_component_population" CHECK("program_component"."target_population" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `program_component_county_idx` ON `program_component` (`county_id`,`component_id`);--> statement-breakpoint
CREATE TABLE `program_component_status` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_component_id` integer NOT NULL,
	`county_id` integer NOT NULL,
	`status` text NOT NULL,
	`changed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`actor` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`program_component_id`) REFERENCES `program_component`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`county_id`) REFERENCES `county`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `program_component_status_idx` ON `program_component_status` (`program_component_id`,`changed_at`);