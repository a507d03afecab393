-- The trips table sorted by distance, paged like the other sorts (trips-page-cells-repo.ts): a rollup of bookings
-- per day and whole kilometre, and an index that reads one kilometre's rows in the table's order. The rollup is
-- filled here from the live bookings with the aggregation's own expression (booking-rollup-build-repo.ts,
-- distanceKmSql in booking-sql.ts), so a store whose rollups are built stays complete; the aggregation keeps it
-- up to date from then on.
CREATE TABLE `booking_distance_days` (
	`company_id` integer NOT NULL,
	`day` text NOT NULL,
	`km` integer,
	`bookings` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `booking_distance_days_day_idx` ON `booking_distance_days` (`company_id`,`day`);--> statement-breakpoint
CREATE INDEX `booking_distance_days_km_idx` ON `booking_distance_days` (`company_id`,`km`,`day`,`bookings`);--> statement-breakpoint
CREATE INDEX `bookings_live_distance_idx` ON `bookings` (`company_id`,`distance_meters`,`day`,`scheduled_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
INSERT INTO `booking_distance_days` (`company_id`, `day`, `km`, `bookings`)
SELECT `company_id`, `day`, CAST(`distance_meters` / 1000 AS INTEGER), count(*) FROM `bookings`
WHERE `day` IS NOT NULL AND `deleted_at` IS NULL
GROUP BY `company_id`, `day`, CAST(`distance_meters` / 1000 AS INTEGER);
