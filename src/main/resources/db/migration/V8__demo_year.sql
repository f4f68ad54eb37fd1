-- The demo year true to the 2008 report: a seat records the day it was taken (the bureau elected on
-- 29/11/2008, a replacement on 15/12/2008), a group invented for the demo says so, and the themes
-- the report names join the reference list.
ALTER TABLE body_seat ADD COLUMN seated_on DATE NULL;

ALTER TABLE working_group ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;

-- Reference data, present in every installation (as in V1): themes of the report's network.
INSERT INTO theme (code, label_fr, label_en, position) VALUES
  ('logement', 'Logement', 'Housing', 90),
  ('durable', 'Développement durable', 'Sustainable development', 100),
  ('mediation', 'Médiation et adultes relais', 'Mediation and adult go-betweens', 110),
  ('sexualite', 'Sexualité', 'Sexuality', 120);
