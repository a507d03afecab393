-- One stored daily row: daily_stats held the day's bookings, average delay and quality score a second time
-- (dispatch_metrics has them); it becomes a view over dispatch_metrics with the same 11 columns, so a reader of
-- the file sees the same rows. Its figures are computed as the aggregation computed them (docs/analytics.md
-- #daily-stats): on-time rate = on_time × 100 / total; each trend (today − previous calendar day) × 100 /
-- previous, 0 without a previous day or when it is 0. The operations run in the same order, so the values are
-- the same doubles.
DROP TABLE IF EXISTS `daily_stats`;
--> statement-breakpoint
CREATE VIEW `daily_stats` AS
SELECT
  m.`id` AS `id`,
  m.`company_id` AS `company_id`,
  m.`date` AS `date`,
  m.`total_bookings` AS `total_bookings`,
  CASE WHEN m.`total_bookings` = 0 THEN 0.0
       ELSE m.`on_time_bookings` * 100.0 / m.`total_bookings` END AS `on_time_rate`,
  m.`average_delay_minutes` AS `avg_delay`,
  m.`quality_score` AS `quality_score`,
  CASE WHEN p.`total_bookings` IS NULL OR p.`total_bookings` = 0 THEN 0.0
       ELSE (m.`total_bookings` - p.`total_bookings`) * 100.0 / p.`total_bookings` END AS `bookings_trend`,
  CASE WHEN p.`average_delay_minutes` IS NULL OR p.`average_delay_minutes` = 0 THEN 0.0
       ELSE (m.`average_delay_minutes` - p.`average_delay_minutes`) * 100.0 / p.`average_delay_minutes` END
    AS `delay_trend`,
  m.`created_at` AS `created_at`,
  m.`created_at` AS `updated_at`
FROM `dispatch_metrics` m
LEFT JOIN `dispatch_metrics` p ON p.`company_id` = m.`company_id` AND p.`date` = date(m.`date`, '-1 day');
