CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY NOT NULL,
	`booking_id` integer NOT NULL,
	`driver_id` integer,
	`dispatch_run_id` integer,
	`status` text NOT NULL,
	`created_at` integer,
	`updated_at` integer,
	`synced_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `assignments_booking_idx` ON `assignments` (`booking_id`);--> statement-breakpoint
CREATE INDEX `assignments_run_idx` ON `assignments` (`dispatch_run_id`);--> statement-breakpoint
CREATE TABLE `bookings` (
	`id` integer PRIMARY KEY NOT NULL,
	`company_id` integer NOT NULL,
	`day` text,
	`scheduled_local` text,
	`scheduled_at` integer,
	`status` text NOT NULL,
	`driver_id` integer,
	`boarded_at` integer,
	`completed_at` integer,
	`distance_meters` integer,
	`duration_seconds` integer,
	`amount` real,
	`customer_name` text,
	`pickup_location` text,
	`dropoff_location` text,
	`medical_facility` text,
	`is_round_trip` integer DEFAULT false NOT NULL,
	`is_return` integer DEFAULT false NOT NULL,
	`parent_booking_id` integer,
	`deleted_at` integer,
	`synced_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `bookings_company_day_idx` ON `bookings` (`company_id`,`day`);--> statement-breakpoint
CREATE INDEX `bookings_driver_idx` ON `bookings` (`driver_id`);--> statement-breakpoint
CREATE TABLE `companies` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`time_zone` text DEFAULT 'Europe/Zurich' NOT NULL,
	`service_area` text,
	`synced_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `daily_stats` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`company_id` integer NOT NULL,
	`date` text NOT NULL,
	`total_bookings` integer NOT NULL,
	`on_time_rate` real NOT NULL,
	`avg_delay` real NOT NULL,
	`quality_score` real NOT NULL,
	`bookings_trend` real NOT NULL,
	`delay_trend` real NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `daily_stats_company_date_uq` ON `daily_stats` (`company_id`,`date`);--> statement-breakpoint
CREATE TABLE `dispatch_metrics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`company_id` integer NOT NULL,
	`dispatch_run_id` integer,
	`date` text NOT NULL,
	`total_bookings` integer NOT NULL,
	`on_time_bookings` integer NOT NULL,
	`delayed_bookings` integer NOT NULL,
	`cancelled_bookings` integer NOT NULL,
	`average_delay_minutes` real NOT NULL,
	`max_delay_minutes` integer NOT NULL,
	`total_delay_minutes` integer NOT NULL,
	`total_drivers` integer NOT NULL,
	`active_drivers` integer NOT NULL,
	`avg_bookings_per_driver` real NOT NULL,
	`total_distance_km` real NOT NULL,
	`avg_distance_per_booking` real NOT NULL,
	`suggestions_generated` integer DEFAULT 0 NOT NULL,
	`suggestions_applied` integer DEFAULT 0 NOT NULL,
	`quality_score` real NOT NULL,
	`extra_data` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dispatch_metrics_company_date_uq` ON `dispatch_metrics` (`company_id`,`date`);--> statement-breakpoint
CREATE TABLE `dispatch_runs` (
	`id` integer PRIMARY KEY NOT NULL,
	`company_id` integer NOT NULL,
	`day` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer,
	`started_at` integer,
	`completed_at` integer,
	`synced_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `dispatch_runs_company_day_idx` ON `dispatch_runs` (`company_id`,`day`);--> statement-breakpoint
CREATE TABLE `drivers` (
	`id` integer PRIMARY KEY NOT NULL,
	`company_id` integer NOT NULL,
	`full_name` text NOT NULL,
	`first_name` text,
	`last_name` text,
	`username` text,
	`is_active` integer NOT NULL,
	`is_available` integer NOT NULL,
	`driver_type` text,
	`synced_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `drivers_company_idx` ON `drivers` (`company_id`);--> statement-breakpoint
CREATE TABLE `job_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job` text NOT NULL,
	`period_key` text NOT NULL,
	`status` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`detail` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_runs_job_period_uq` ON `job_runs` (`job`,`period_key`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_days` (
	`company_id` integer NOT NULL,
	`day` text NOT NULL,
	`synced_at` integer NOT NULL,
	`bookings_count` integer NOT NULL,
	`assignments_count` integer NOT NULL,
	`deleted_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sync_days_company_day_uq` ON `sync_days` (`company_id`,`day`);--> statement-breakpoint
CREATE TABLE `sync_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`status` text NOT NULL,
	`server` text,
	`from_day` text,
	`to_day` text,
	`days_synced` integer DEFAULT 0 NOT NULL,
	`bookings_synced` integer DEFAULT 0 NOT NULL,
	`error` text
);
