CREATE TABLE `sync_lease` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner_pid` integer NOT NULL,
	`owner_host` text NOT NULL,
	`token` text NOT NULL,
	`acquired_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
