-- Hand-written: weights version 5 (docs/MATCHING.md § 4). Same weights as version 4; the text part now reads the
-- need's title as what is bought (a profile that matches none of its telling words keeps half its text score) and
-- leaves out function words, units, time words and commune names. Text values are lower for profiles that answer only the
-- description's context, so alerts start from a score of 0.5: over five evaluation seeds, precision 0.83 and recall
-- 0.58 (version 4 at 0.55: 0.81 and 0.61; 0.45 would give 0.79 and 0.67 — the CCI prefers precision).
INSERT INTO matching_weights (version, weights, alert_threshold, distance_half_km, note)
VALUES (5, '{"activity":0.04,"trade":0.08,"text":0.71,"distance":0.03,"locality":0.04,"size":0.02,"trust":0.04,"responsiveness":0.04}', 0.5, 25,
  'Version 5 : le titre du besoin dit ce qui est acheté ; une fiche qui n''en reprend aucun mot parlant garde la moitié de sa note de texte. Alertes à partir de 0,5.')
ON CONFLICT DO NOTHING;
