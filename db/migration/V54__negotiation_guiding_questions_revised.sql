-- The guiding questions revised (issue 16): no question asks again for what the step's own
-- form holds (step 1 asked for the context, the actors, the control of territory, the needs,
-- the risks and the legal regime, all of which the conflict analysis records; steps 2 to 6
-- and 9 did the same for their forms). Published as a new version, the next after the
-- latest: cases opened before keep the version they were answered against; new cases get
-- this one. The agreement step keeps its questions (its form is a note); follow-up rewords
-- the one the measurements answer.
INSERT INTO guiding_question_set (version_no, published_at, published_by, note)
SELECT max(version_no) + 1, now(), 'system',
       'Revised: no question repeats a field of its step''s form (issue 16).'
FROM guiding_question_set;

INSERT INTO guiding_question (set_id, step, position, text_en, text_es)
SELECT s.id, q.step, q.position, q.text_en, q.text_es
FROM guiding_question_set s, (VALUES
 ('CONFLICT_ANALYSIS', 1, 'Which sources is the analysis based on, how reliable are they, and whose view is missing?', '¿En qué fuentes se basa el análisis, qué tan confiables son y qué punto de vista falta?'),
 ('CONFLICT_ANALYSIS', 2, 'How could our presence or this negotiation change the conflict or put someone in danger?', '¿Cómo podría nuestra presencia o esta negociación cambiar el conflicto o poner en peligro a alguien?'),
 ('CONFLICT_ANALYSIS', 3, 'Who else negotiates with the groups of the area (other agencies, churches, the state), and should we coordinate with them?', '¿Quién más negocia con los grupos de la zona (otras agencias, iglesias, el Estado) y debemos coordinarnos con ellos?'),
 ('UNDERSTANDING_THE_GROUP', 1, 'How cohesive is the group? Are there factions or local commanders who could undo an agreement?', '¿Qué tan cohesionado está el grupo? ¿Hay facciones o mandos locales que podrían deshacer un acuerdo?'),
 ('UNDERSTANDING_THE_GROUP', 2, 'What do we not know about the group, and who could tell us without putting anyone at risk?', '¿Qué no sabemos del grupo y quién podría decírnoslo sin poner a nadie en riesgo?'),
 ('UNDERSTANDING_THE_GROUP', 3, 'What must we never say or do with this group (sensitivities, earlier incidents with aid workers)?', '¿Qué nunca debemos decir o hacer con este grupo (sensibilidades, incidentes anteriores con personal humanitario)?'),
 ('OBJECTIVES', 1, 'If we cannot have every objective, which matters most, and why?', 'Si no podemos lograr todos los objetivos, ¿cuál importa más y por qué?'),
 ('OBJECTIVES', 2, 'Do the people we serve share these objectives? How did we ask them?', '¿Comparte la población a la que servimos estos objetivos? ¿Cómo se lo preguntamos?'),
 ('OBJECTIVES', 3, 'What could the group ask in return that we cannot give, and how will we say no?', '¿Qué podría pedir el grupo a cambio que no podemos dar, y cómo diremos que no?'),
 ('INTERNAL_DECISION', 1, 'What would happen to the population if we did not engage?', '¿Qué le pasaría a la población si no nos relacionamos con el grupo?'),
 ('INTERNAL_DECISION', 2, 'Who else must know of the engagement (host authorities, donors, other agencies), and what do we tell them?', '¿Quién más debe saber de la relación con el grupo (autoridades anfitrionas, donantes, otras agencias) y qué les diremos?'),
 ('INTERNAL_DECISION', 3, 'What would make us stop the engagement once it has started?', '¿Qué nos haría detener la relación con el grupo una vez iniciada?'),
 ('ENGAGEMENT_MODALITY', 1, 'What does each intermediary gain from helping, and could helping put them at risk?', '¿Qué gana cada intermediario al ayudar y podría la ayuda ponerlo en riesgo?'),
 ('ENGAGEMENT_MODALITY', 2, 'How will the negotiators be briefed, supported and kept safe between rounds?', '¿Cómo se preparará, apoyará y protegerá a quienes negocian entre una ronda y otra?'),
 ('NEGOTIATION_ROUNDS', 1, 'What did we learn about the counterpart''s real interests, beyond what it asked for?', '¿Qué aprendimos de los intereses reales de la contraparte, más allá de lo que pidió?'),
 ('NEGOTIATION_ROUNDS', 2, 'Can the counterpart deliver what it agreed, or must someone above it confirm?', '¿Puede la contraparte cumplir lo acordado, o debe confirmarlo alguien por encima de ella?'),
 ('NEGOTIATION_ROUNDS', 3, 'What should change in how we negotiate next time (people, venue, arguments)?', '¿Qué debe cambiar en cómo negociamos la próxima vez (personas, lugar, argumentos)?'),
 ('AGREEMENT', 1, 'Who owns each commitment, and how and when will it be verified?', '¿Quién es responsable de cada compromiso y cómo y cuándo se verificará?'),
 ('AGREEMENT', 2, 'How will disputes be settled: a monitoring commission, non-binding arbitration or a neutral mediator?', '¿Cómo se resolverán las disputas: una comisión de seguimiento, un arbitraje no vinculante o un mediador neutral?'),
 ('FOLLOW_UP', 1, 'Are commitments being kept, and what is the evidence?', '¿Se están cumpliendo los compromisos y cuál es la evidencia?'),
 ('FOLLOW_UP', 2, 'What explains the trend of the measures of effectiveness, and what should change because of it?', '¿Qué explica la tendencia de las medidas de eficacia y qué debe cambiar por ello?'),
 ('FOLLOW_UP', 3, 'Has the group changed (stance, leadership, control, tactics)?', '¿Ha cambiado el grupo (postura, liderazgo, control, tácticas)?'),
 ('CLOSURE', 1, 'Who must be told that the case is closed (the group, the community, partners), and what was promised to them?', '¿A quién hay que avisar que el caso se cierra (el grupo, la comunidad, los socios) y qué se les prometió?'),
 ('CLOSURE', 2, 'What records, contacts and commitments remain open, and who takes them over?', '¿Qué registros, contactos y compromisos quedan abiertos y quién se hace cargo de ellos?')
) AS q(step, position, text_en, text_es)
WHERE s.version_no = (SELECT max(version_no) FROM guiding_question_set);
