-- Hand-written: weights version 7 (docs/MATCHING.md § 4). Same weights and alert threshold as version 6; the « métier »
-- counts a NAF code as 30 companies at most (lib/matching/trade.ts), so a catch-all code of hundreds of companies is no
-- longer crushed by the need's words most of them do not use. A new number, so that a stored ranking says which
-- reading made it.
INSERT INTO matching_weights (version, weights, alert_threshold, distance_half_km, note)
VALUES (7, '{"activity":0.04,"trade":0.08,"text":0.71,"distance":0.03,"locality":0.04,"size":0.02,"trust":0.04,"responsiveness":0.04}', 0.5, 25,
  'Version 7 : le métier compte chaque code NAF comme 30 entreprises au plus ; un code fourre-tout de plusieurs centaines d''entreprises n''est plus écarté parce que la plupart d''entre elles font autre chose. Mêmes poids et même seuil que la version 6.')
ON CONFLICT DO NOTHING;
