/**
 * Trade vocabulary groups — training, health, social, culture, sport, associations, repair and personal services bought by businesses and public bodies (NAF 84 to 96).
 * Written division by division from the NAF classification, for trades the other files did not cover, by contributors who
 * saw no evaluation set (docs/MATCHING.md § 9).
 * Part of TRADE_VOCABULARY (./index.ts, which says how to write an expression), in its order.
 */
export const TRAINING_CARE_CULTURE_REPAIR: readonly (readonly string[])[] = [
  // Mental health first aid training (PSSM), not general first aid (SST) nor psychological support lines.
  [
    "premier secours en sante mentale",
    "pssm",
    "formation pssm",
    "secouriste en sante mentale",
    "formation secourisme en sante mentale",
    "formation sante mentale",
  ],
  // Emergency care certificate for health and care staff (AFGSU).
  [
    "afgsu",
    "formation afgsu",
    "attestation de formation aux geste et soin d urgence",
    "geste et soin d urgence",
    "recyclage afgsu",
    "formation urgence soignant",
  ],
  // Road risk prevention and eco-driving for employees, not a driving school for a licence.
  [
    "eco conduite",
    "formation eco conduite",
    "ecoconduite",
    "conduite preventive",
    "formation conduite preventive",
    "risque routier",
    "prevention du risque routier",
    "risque routier professionnel",
    "stage de conduite securitaire",
  ],
  // Driving school: licences paid for employees or apprentices, not eco-driving.
  [
    "auto ecole",
    "ecole de conduite",
    "permis de conduire",
    "permis b",
    "formation au permis",
    "code de la route",
    "financement du permis",
    "permis poids lourd",
    "permis c",
    "permis ce",
  ],
  // Mandatory professional driver training for road hauliers and bus drivers.
  [
    "fimo",
    "fco",
    "formation fimo",
    "formation fco",
    "formation initiale minimale obligatoire",
    "formation continue obligatoire",
    "carte de qualification conducteur",
    "formation conducteur routier",
  ],
  // Authorisation to work near buried networks (AIPR), not network detection.
  [
    "aipr",
    "formation aipr",
    "examen aipr",
    "autorisation d intervention a proximite des reseaux",
    "qcm aipr",
    "aipr operateur",
    "aipr encadrant",
    "aipr concepteur",
  ],
  // Scaffold erection and inspection training (R408/R457), not scaffold hire.
  [
    "r408",
    "formation r408",
    "formation echafaudage",
    "formation montage d echafaudage",
    "formation echafaudage fixe",
    "formation echafaudage roulant",
    "r457",
    "formation r457",
    "reception d echafaudage",
  ],
  // Confined space work training (CATEC).
  [
    "catec",
    "formation catec",
    "espace confine",
    "travail en espace confine",
    "intervention en espace confine",
    "certificat d aptitude a travailler en espace confine",
  ],
  // Asbestos worker training sub-section 4 and 3, not asbestos removal works.
  [
    "formation amiante",
    "formation sous section 4",
    "sous section 4",
    "ss4",
    "formation ss4",
    "formation ss3",
    "formation amiante encadrant",
    "formation amiante operateur",
    "prevention du risque amiante",
  ],
  // Welder training and qualification certificates, not welding work.
  [
    "formation soudeur",
    "formation soudure",
    "qualification soudeur",
    "qualification de soudeur",
    "certification soudeur",
    "licence de soudeur",
    "qualification de mode operatoire",
    "qmos",
    "dmos",
  ],
  // Security guard training and licence (CQP APS), not guarding services.
  [
    "cqp aps",
    "formation agent de securite",
    "tfp aps",
    "titre agent de prevention et de securite",
    "carte professionnelle cnaps",
    "mac aps",
    "formation agent de surete",
    "formation securite privee",
  ],
  // Handling aggression and incivility at the counter, self-defence for staff.
  [
    "gestion de l agressivite",
    "formation gestion de l agressivite",
    "gestion des incivilite",
    "formation incivilite",
    "faire face a l agressivite",
    "self defense",
    "formation self defense",
    "desescalade",
    "gestion des situation difficile",
  ],
  // Prevention of sexual and sexist harassment training, not internal investigations.
  [
    "prevention du harcelement",
    "formation harcelement",
    "formation harcelement sexuel",
    "sensibilisation au harcelement",
    "violence sexiste et sexuelle",
    "vss",
    "agissement sexiste",
    "referent harcelement",
    "formation referent harcelement",
  ],
  // Good-treatment training for care home and hospital staff.
  [
    "bientraitance",
    "formation bientraitance",
    "prevention de la maltraitance",
    "humanitude",
    "formation humanitude",
    "formation aide soignant",
    "formation en ehpad",
    "formation soignant",
  ],
  // Public speaking and oral presentation training, not media training.
  [
    "prise de parole en public",
    "formation prise de parole",
    "formation prise de parole en public",
    "art oratoire",
    "eloquence",
    "formation eloquence",
    "aisance orale",
    "expression orale",
  ],
  // Artificial intelligence and digital tools training for staff.
  [
    "formation intelligence artificielle",
    "formation ia",
    "formation ia generative",
    "acculturation ia",
    "formation prompt",
    "prompt engineering",
    "sensibilisation a l ia",
  ],
  // Qualiopi audit and preparation for training providers.
  [
    "audit qualiopi",
    "certification qualiopi",
    "accompagnement qualiopi",
    "certificateur qualiopi",
    "referentiel national qualite",
    "audit de surveillance qualiopi",
    "consultant qualiopi",
  ],
  // Climate and sustainability awareness workshops (fresque formats).
  [
    "fresque du climat",
    "atelier fresque du climat",
    "fresque de la biodiversite",
    "fresque du numerique",
    "atelier climat",
    "sensibilisation climat",
    "sensibilisation au changement climatique",
    "animateur fresque",
  ],
  // Workshop facilitation and collective intelligence, not graphic recording.
  [
    "facilitation de seminaire",
    "facilitateur d atelier",
    "atelier d intelligence collective",
    "design thinking",
    "atelier de co construction",
    "animation de seminaire",
  ],
  // Practice analysis groups and team supervision (social/care sector), co-development.
  [
    "analyse de la pratique professionnelle",
    "analyse des pratique professionnelle",
    "analyse de pratique",
    "groupe d analyse de pratique",
    "supervision d equipe",
    "supervision clinique",
    "co developpement professionnel",
    "groupe de codeveloppement",
  ],
  // Cooking workshop as team building.
  ["cours de cuisine", "atelier cuisine", "atelier culinaire", "team building cuisine", "challenge culinaire", "battle culinaire", "cours de patisserie"],
  // Corporate theatre and improvisation.
  [
    "theatre d entreprise",
    "theatre forum",
    "improvisation theatrale",
    "atelier d improvisation",
    "saynete",
    "comedien en entreprise",
    "troupe de theatre",
    "formation theatre",
  ],
  // Keynote speakers and speaker agencies.
  ["conferencier", "keynote", "keynote speaker", "agence de conferencier", "conference inspirante", "intervenant conference", "conferencier motivation"],
  // Master of ceremonies, presenters and panel moderators for events.
  [
    "maitre de ceremonie",
    "animateur de plateau",
    "presentateur evenementiel",
    "moderateur de table ronde",
    "animateur de table ronde",
    "animateur de conference",
    "animateur de convention",
  ],
  // Graphic recording / live scribing.
  [
    "facilitation graphique",
    "facilitateur graphique",
    "scribing",
    "sketchnote",
    "sketchnoting",
    "illustration en direct",
    "graphic recording",
    "dessinateur live",
  ],
  // Street performers, circus and roaming acts.
  [
    "artiste de cirque",
    "jongleur",
    "echassier",
    "spectacle de rue",
    "art de rue",
    "art de la rue",
    "deambulation",
    "acrobate",
    "cracheur de feu",
    "spectacle de feu",
  ],
  // Children's shows and Santa Claus hire for works council Christmas parties.
  ["spectacle de noel", "spectacle pour enfant", "spectacle jeune public", "location de pere noel", "pere noel", "clown", "marionnette", "conteur"],
  // Artist booking agencies and occasional-show employer formalities.
  [
    "agence artistique",
    "booking artiste",
    "booking d artiste",
    "reservation d artiste",
    "artiste pour evenement",
    "guso",
    "contrat de cession de spectacle",
    "producteur de spectacle",
  ],
  // Voice-over artists and recording studios.
  ["enregistrement de voix off", "comedien doubleur", "voix de serveur vocal"],
  // Sound branding, on-hold music and sound design.
  [
    "identite sonore",
    "logo sonore",
    "design sonore",
    "musique d attente",
    "message d attente",
    "habillage sonore",
    "sonal",
    "marketing sonore",
    "musique d ambiance",
  ],
  // Artwork rental and purchase for offices, art lending.
  [
    "oeuvre d art",
    "location d oeuvre d art",
    "artotheque",
    "art en entreprise",
    "achat d oeuvre d art",
    "exposition d art en entreprise",
    "galerie d art",
    "artiste peintre",
    "sculpteur",
  ],
  // Murals and street art commissioned on walls.
  ["fresque murale", "peinture murale artistique", "muraliste", "street art", "graffeur", "trompe l oeil", "graffiti artistique"],
  // Illustration and comics for communication.
  ["illustration sur mesure", "illustration d entreprise", "bd d entreprise", "illustration jeunesse"],
  // Corporate librarian, documentation centre and cataloguing, not archiving.
  [
    "documentaliste",
    "documentaliste externalise",
    "centre de documentation",
    "fonds documentaire",
    "catalogage",
    "indexation documentaire",
    "bibliotheque d entreprise",
    "bibliothecaire",
    "veille documentaire",
  ],
  // Paper and archive conservation/restoration, disaster recovery of documents.
  [
    "restauration de document",
    "restaurateur de document",
    "restauration d archive",
    "conservation preventive",
    "desinfection d archive",
    "sechage de document",
    "lyophilisation de document",
    "conditionnement d archive",
  ],
  // Exhibition design and museography.
  ["vitrine de musee", "soclage", "soclier"],
  // Fine art transport and handling.
  [
    "transport d oeuvre d art",
    "transporteur d oeuvre d art",
    "manutention d oeuvre d art",
    "emballage d oeuvre d art",
    "caisse de transport d oeuvre",
    "accrochage d oeuvre",
    "regie d oeuvre",
  ],
  // Artwork conservation and restoration.
  [
    "restauration d oeuvre d art",
    "restaurateur d oeuvre d art",
    "conservateur restaurateur",
    "restauration de tableau",
    "restauration de sculpture",
    "restauration de peinture",
    "restauration de mobilier ancien",
    "restauration de vitrail",
  ],
  // Audio guides and multimedia visitor guides.
  ["audioguide", "location d audioguide", "guide multimedia", "visioguide", "application de visite", "parcours de visite numerique", "contenu d audioguide"],
  // Accessibility of documents and shows: braille.
  ["braille", "transcription braille", "impression braille", "transcripteur braille", "document en braille", "signaletique braille", "plan en relief"],
  // Easy-to-read adaptation (FALC).
  ["traduction falc", "document falc"],
  // Hearing loop systems for public reception areas.
  [
    "boucle magnetique",
    "boucle a induction magnetique",
    "boucle d induction",
    "boucle magnetique portative",
    "boucle magnetique de guichet",
    "aide a l ecoute",
  ],
  // Company sports rooms: fitness equipment supply and fit-out.
  [
    "salle de sport d entreprise",
    "salle de fitness",
    "equipement de fitness",
    "materiel de fitness",
    "materiel de musculation",
    "appareil de musculation",
    "amenagement de salle de sport",
    "tapis de course",
    "velo elliptique",
  ],
  // Corporate sports challenges and inter-company tournaments.
  [
    "challenge sportif",
    "challenge sportif entreprise",
    "course d entreprise",
    "course inter entreprise",
    "tournoi inter entreprise",
    "olympiade d entreprise",
    "challenge connecte",
    "challenge de pas",
  ],
  // Sports educators provided to schools and municipalities.
  [
    "educateur sportif",
    "animateur sportif",
    "intervenant sportif",
    "mise a disposition d educateur sportif",
    "prestation sportive",
    "initiation sportive",
    "etaps",
  ],
  // Lifeguards and pool supervision.
  [
    "maitre nageur",
    "maitre nageur sauveteur",
    "mns",
    "bnssa",
    "surveillance de baignade",
    "surveillant de baignade",
    "sauveteur aquatique",
    "mise a disposition de maitre nageur",
  ],
  // Sports equipment for gyms and sports grounds (goals, baskets, apparatus).
  [
    "equipement sportif",
    "materiel sportif",
    "equipement de gymnase",
    "but de football",
    "panier de basket",
    "but de handball",
    "filet de tennis",
    "agres de gymnastique",
    "fourniture d equipement sportif",
  ],
  // Maintenance of sports pitches and synthetic turf.
  ["entretien de terrain synthetique", "regeneration de gazon synthetique", "regarnissage de terrain", "entretien de pelouse sportive", "defeutrage"],
  // Sports sponsorship of clubs and athletes, not patronage.
  ["sponsoring de club", "sponsor maillot", "partenaire de club", "loge de stade", "hospitalite sportive"],
  // Corporate patronage and company foundations.
  ["fondation d entreprise", "don d entreprise", "partenariat associatif", "arrondi sur salaire", "micro don", "mecenat culturel"],
  // Treasure hunts, rallies and murder parties.
  ["chasse au tresor", "jeu de piste", "rallye decouverte", "rallye photo", "murder party", "jeu d enquete", "cluedo geant", "rallye team building"],
  // Inflatable games rental.
  ["jeu gonflable", "toboggan gonflable", "parcours gonflable"],
  // Promotional contests and prize draws.
  [
    "jeu concours",
    "organisation de jeu concours",
    "jeu concours en ligne",
    "reglement de jeu concours",
    "depot de reglement de jeu",
    "tirage au sort",
    "jeu promotionnel",
    "loterie publicitaire",
    "tombola",
  ],
  // Municipal leisure centres and after-school activities.
  [
    "accueil de loisir",
    "centre de loisir",
    "alsh",
    "centre aere",
    "accueil periscolaire",
    "animation periscolaire",
    "animateur periscolaire",
    "temps d activite periscolaire",
    "delegation de service public enfance",
  ],
  // Remote alarms for the elderly.
  ["teleassistance", "telealarme", "bracelet d appel", "medaillon d appel", "teleassistance personne agee", "detecteur de chute", "service de teleassistance"],
  // Back-to-work and social-professional support contracts (public procurement).
  [
    "accompagnement vers l emploi",
    "accompagnement socio professionnel",
    "insertion professionnelle",
    "accompagnement des demandeur d emploi",
    "accompagnement des beneficiaire du rsa",
    "job coaching",
    "emploi accompagne",
    "retour a l emploi",
  ],
  // Medical and paramedical temporary staffing.
  ["interim paramedical", "interim infirmier", "interim aide soignant", "remplacement infirmier", "medecin interimaire", "medecin vacataire"],
  // Ambulance and patient transport.
  [
    "ambulance",
    "ambulancier",
    "transport sanitaire",
    "vsl",
    "vehicule sanitaire leger",
    "transport medicalise",
    "transport en ambulance",
    "transport de patient",
  ],
  // Alcohol and drug screening at work.
  [
    "depistage alcool",
    "depistage de stupefiant",
    "depistage de drogue",
    "test salivaire",
    "test salivaire stupefiant",
    "ethylotest",
    "ethylotest electronique",
    "ethylometre",
    "depistage alcool et stupefiant",
  ],
  // Smoking cessation and addiction prevention at work.
  [
    "sevrage tabagique",
    "arret du tabac",
    "tabacologue",
    "tabacologie",
    "prevention des addiction",
    "addictologue",
    "prevention des conduite addictive",
    "sensibilisation addiction",
  ],
  // Custom-moulded hearing protection and hearing screening.
  [
    "protection auditive sur mesure",
    "protecteur auditif moule",
    "bouchon moule",
    "bouchon d oreille sur mesure",
    "bouchon anti bruit moule",
    "audioprothesiste",
    "depistage auditif",
    "audiogramme",
  ],
  // Medical supplies and devices.
  [
    "materiel medical",
    "fourniture medicale",
    "consommable medical",
    "dispositif medical",
    "materiel paramedical",
    "equipement medical",
    "distributeur de materiel medical",
    "tensiometre",
  ],
  // Biomedical equipment maintenance, not selling devices.
  [
    "maintenance biomedicale",
    "technicien biomedical",
    "ingenieur biomedical",
    "maintenance de dispositif medical",
    "maintenance d equipement medical",
    "controle qualite des dispositif medicaux",
    "reparation de materiel medical",
  ],
  // Medical beds, wheelchairs and patient lifts rental.
  [
    "lit medicalise",
    "location de lit medicalise",
    "fauteuil roulant",
    "location de fauteuil roulant",
    "leve personne",
    "verticalisateur",
    "prestataire de sante a domicile",
    "psad",
    "materiel de maintien a domicile",
  ],
  // Medical gases and gas outlets in healthcare buildings.
  ["gaz medical", "gaz medicaux", "oxygene medical", "fluide medical", "fluide medicaux", "reseau de gaz medicaux", "prise de fluide medical", "vide medical"],
  // Sterilisation of medical devices, subcontracted or equipment.
  [
    "sterilisation de dispositif medical",
    "sterilisation sous traitee",
    "sterilisation hospitaliere",
    "laveur desinfecteur",
    "autoclave medical",
    "sterilisateur",
    "centrale de sterilisation",
  ],
  // Care home resident laundry and clothing marking, not general linen rental.
  [
    "linge de resident",
    "traitement du linge de resident",
    "blanchisserie hospitaliere",
    "linge hospitalier",
    "marquage de linge",
    "etiquette de linge",
    "blanchisserie en ehpad",
  ],
  // Cleaning and decontamination of PPE and firefighter gear, not general laundry.
  [
    "lavage d epi",
    "nettoyage d epi",
    "decontamination de vetement",
    "nettoyage de tenue de pompier",
    "entretien de tenue d intervention",
    "nettoyage de vetement de protection",
    "lavage de tenue de feu",
  ],
  // Carpet, rug and upholstery cleaning.
  ["shampouinage de moquette", "nettoyage de rideau"],
  // Entrance mats rental and service.
  [
    "tapis d entree",
    "location de tapis",
    "tapis logo",
    "tapis anti salissure",
    "tapis personnalise",
    "location entretien de tapis",
    "tapis grattoir",
    "tapis absorbant",
  ],
  // Fire-retardant treatment of textiles and sets.
  [
    "ignifugation",
    "ignifugation de textile",
    "traitement ignifuge",
    "ignifugation de decor",
    "ignifugeant",
    "proces verbal de reaction au feu",
    "classement au feu",
    "produit ignifuge",
  ],
  // Funeral directors (public procurement for unclaimed deceased, hospitals).
  [
    "pompe funebre",
    "service funeraire",
    "obseque",
    "entreprise de pompe funebre",
    "transport de corps",
    "thanatopracteur",
    "soin de conservation",
    "chambre funeraire",
    "chambre mortuaire",
  ],
  // Cemetery works: exhumations and abandoned plot recovery.
  [
    "exhumation",
    "reprise de concession",
    "reprise de concession abandonnee",
    "relevement de sepulture",
    "gestion de cimetiere",
    "logiciel de cimetiere",
    "ossuaire",
    "procedure de reprise",
  ],
  // Printer and copier repair, not selling or leasing copiers.
  [
    "reparation d imprimante",
    "depannage d imprimante",
    "maintenance d imprimante",
    "maintenance de copieur",
    "reparation de copieur",
    "technicien copieur",
    "sav imprimante",
  ],
  // Audiovisual equipment repair (projectors, screens, sound).
  [
    "reparation de videoprojecteur",
    "reparation d ecran",
    "reparation de televiseur",
    "reparation audiovisuelle",
    "reparation de materiel audio",
    "reparation d amplificateur",
    "reparation de console de mixage",
    "sav audiovisuel",
  ],
  // Commercial kitchen equipment repair, not supply.
  [
    "depannage de cuisine professionnelle",
    "maintenance de cuisine professionnelle",
    "reparation de materiel de cuisine professionnelle",
    "reparation de four professionnel",
    "sav cuisine professionnelle",
    "technicien chr",
    "depannage chr",
  ],
  // Coffee machine repair and descaling.
  [
    "reparation de machine a cafe",
    "entretien de machine a cafe",
    "detartrage de machine a cafe",
    "sav machine a cafe",
    "depannage de machine a cafe",
    "maintenance de machine a cafe",
  ],
  // Office furniture repair and furniture restoration.
  [
    "reparation de mobilier de bureau",
    "reparation de siege de bureau",
    "reparation de fauteuil de bureau",
    "renovation de mobilier de bureau",
    "remise en etat de mobilier",
    "restauration de meuble",
    "restaurateur de meuble",
    "reparation de chaise",
  ],
  // Church bells and tower clocks.
  ["campaniste", "horloge d edifice", "horlogerie d edifice", "horloge de clocher", "entretien de cloche", "electrification de cloche", "horloge monumentale"],
];
