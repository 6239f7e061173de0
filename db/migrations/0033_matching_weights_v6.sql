-- Hand-written: weights version 6 (docs/MATCHING.md § 4). Same weights and alert threshold as version 5; the text part now
-- weighs how much of a profile is about the need (lib/matching/focus.ts): among the 100 best matches, a profile that names
-- the need's words among many other things keeps down to 70 % of its text value. A new number, so that a stored ranking
-- says which reading made it.
INSERT INTO matching_weights (version, weights, alert_threshold, distance_half_km, note)
VALUES (6, '{"activity":0.04,"trade":0.08,"text":0.71,"distance":0.03,"locality":0.04,"size":0.02,"trust":0.04,"responsiveness":0.04}', 0.5, 25,
  'Version 6 : une fiche consacrée à ce que demande le besoin passe devant une fiche qui en parle parmi beaucoup d''autres choses (jusqu''à 30 % de la note de texte). Mêmes poids et même seuil que la version 5.')
ON CONFLICT DO NOTHING;
