import type { Trade } from "./types";

export const trade: Trade = {
  key: "traduction",
  specialties: [
    {
      key: "traduction-technique",
      naf: ["74.30Z", "71.12B", "82.19Z"],
      names: [
        "TECHLANG TRADUCTIONS",
        "VERBATEC",
        "ALPHADOC LANGUES",
        "NOTICIA",
        "BUREAU DE TRADUCTION RHENANIA",
        "MULTITEXT INDUSTRIE",
        "GAUTHIER ET MERLE",
        "TRADULIS",
      ],
      ideas: [
        [
          "Nous traduisons manuels d'utilisation, notices de maintenance et fiches techniques pour l'industrie.",
          "Traduction de documentation technique : modes d'emploi, catalogues de pièces détachées, cahiers des charges.",
          "Notre métier : rendre vos documents techniques (notices, procédures, spécifications) compréhensibles dans la langue de vos clients.",
        ],
        [
          "Langues traitées : allemand, anglais, italien, espagnol, néerlandais, polonais.",
          "Plus de trente combinaisons linguistiques, avec un pôle germanophone et italophone très actif.",
          "Traducteurs de langue maternelle, du français vers l'anglais, l'allemand, l'italien et les langues d'Europe de l'Est.",
        ],
        [
          "Domaines d'expertise : machines spéciales, hydraulique, automatisme, électrotechnique, agroéquipement.",
          "Nos linguistes viennent de l'ingénierie et connaissent la mécanique, l'électronique et le médical.",
          "Expérience reconnue dans l'automobile, l'aéronautique, les dispositifs médicaux et la machine-outil.",
        ],
        [
          "Outils de TAO (Trados, memoQ), mémoires de traduction et glossaires propres à chaque client.",
          "Nous capitalisons votre terminologie : base terminologique dédiée, cohérence d'un document à l'autre, remises sur les répétitions.",
          "Gestion des formats complexes : InDesign, FrameMaker, XML, DITA, plans annotés.",
        ],
        [
          "Processus certifié ISO 17100 : chaque traduction est relue par un second linguiste.",
          "Double contrôle systématique (traduction puis révision) et vérification terminologique.",
          "Qualité conforme à la norme ISO 17100, avec révision bilingue avant livraison.",
        ],
        [
          "Nous travaillons pour les bureaux d'études, les constructeurs de machines et les services après-vente.",
          "Clients : PME industrielles exportatrices, équipementiers, fabricants de matériel agricole.",
          "Partenaire des industriels de la région Auvergne-Rhône-Alpes depuis plus de vingt ans.",
        ],
        [
          "Post-édition de traduction automatique pour les gros volumes de documentation.",
          "Localisation d'interfaces machines (IHM), de logiciels embarqués et de tutoriels vidéo.",
          "Traduction des marquages CE, étiquettes de sécurité et déclarations de conformité.",
        ],
      ],
      vague: ["Agence de traduction.", "Services linguistiques pour l'industrie.", "Traduction et rédaction technique."],
    },
    {
      key: "traduction-assermentee",
      naf: ["74.30Z", "85.59B", "82.19Z"],
      names: [
        "JURITRAD",
        "ACTALINGUA",
        "LEGALIS TRAD",
        "TRADUCTIONS OFFICIELLES DU SUD",
        "MARTINS TRADUCTION",
        "SCRIPTA FIDES",
        "BUREAU DES TRADUCTEURS JURES",
        "KHALDI TRADUCTIONS",
      ],
      ideas: [
        [
          "Traductions certifiées conformes de vos actes d'état civil, jugements, diplômes et relevés de notes.",
          "Traducteur expert près la cour d'appel, j'établis des traductions assermentées acceptées par les administrations.",
          "Traduction jurée de documents officiels : actes de naissance, actes de mariage, casiers judiciaires, permis de conduire.",
        ],
        [
          "Documents d'entreprise : statuts, extraits Kbis, procès-verbaux d'assemblée, procurations, contrats.",
          "Pour les sociétés : traduction certifiée de statuts, de bilans, de pouvoirs et de pièces pour appels d'offres internationaux.",
          "Nous traduisons les actes juridiques et commerciaux nécessaires à la création d'une filiale ou à une procédure à l'étranger.",
        ],
        [
          "Accompagnement pour l'apostille et la légalisation des documents auprès des autorités compétentes.",
          "Nous vous orientons vers l'apostille ou la légalisation consulaire, selon le pays de destination.",
          "Service complet : traduction, cachet et signature, puis démarches d'apostille si nécessaire.",
        ],
        [
          "Traductions reconnues par les préfectures, consulats, notaires, tribunaux et universités.",
          "Documents acceptés par l'OFII, l'ANTS, les ambassades et les officiers d'état civil.",
          "Nos traductions portent le sceau et la signature d'un traducteur inscrit sur la liste des experts judiciaires.",
        ],
        [
          "Langues : anglais, espagnol, portugais, arabe, roumain, turc.",
          "Expert judiciaire en langues anglaise et allemande.",
          "Assermentation en portugais, espagnol et catalan ; réseau de confrères assermentés pour les autres langues.",
        ],
        [
          "Devis immédiat sur simple scan ; originaux signés envoyés par courrier sous 3 à 5 jours.",
          "Traitement express en 24 heures pour les dossiers urgents.",
          "Remise en main propre au cabinet ou envoi en recommandé.",
        ],
      ],
      vague: ["Traducteur expert judiciaire.", "Traductions officielles.", "Traduction et démarches administratives."],
    },
    {
      key: "traduction-litteraire",
      naf: ["74.30Z", "90.03B", "58.11Z"],
      names: [
        "PLUME ET PASSAGE",
        "ATELIER BABEL EDITIONS",
        "LES MOTS VOYAGEURS",
        "CORALIE VASSEUR TRADUCTIONS",
        "TRANSLITTERA",
        "SCRIBEA",
        "ENTRE DEUX RIVES",
        "L'ENCRE ETRANGERE",
      ],
      ideas: [
        [
          "Traduction de romans, d'essais et d'albums jeunesse pour les maisons d'édition.",
          "Je traduis de la fiction et des sciences humaines vers le français.",
          "Traduction littéraire : romans, nouvelles, théâtre, bandes dessinées.",
        ],
        [
          "Traduction éditoriale de beaux livres, catalogues d'exposition et ouvrages d'art.",
          "Pour les musées et éditeurs d'art : textes de catalogues, cartels, monographies.",
          "Livres illustrés, guides de voyage et ouvrages pratiques traduits dans le respect du ton de l'auteur.",
        ],
        [
          "Membre de l'Association des traducteurs littéraires de France (ATLF).",
          "Contrats de traduction conformes au code des usages, rémunération au feuillet et droits proportionnels.",
          "Plus de quarante ouvrages traduits et publiés chez des éditeurs nationaux.",
        ],
        [
          "Le style avant tout : rythme, voix et jeux de langue sont restitués, pas seulement le sens.",
          "Une traduction qui se lit comme un texte original, fidèle à la voix de l'auteur.",
          "Attention particulière aux registres, aux dialogues et aux références culturelles.",
        ],
        [
          "Prestations complémentaires : relecture, correction, préparation de copie.",
          "Notes de lecture pour les éditeurs qui envisagent d'acquérir des droits étrangers.",
          "Révision de traductions existantes et retraduction de classiques.",
        ],
        [
          "Langues sources : anglais, italien, espagnol, portugais du Brésil.",
          "Traduction depuis l'allemand et les langues scandinaves.",
          "Je travaille depuis le japonais et le coréen, notamment pour les mangas et les romans graphiques.",
        ],
      ],
      vague: ["Traductrice littéraire.", "Traduction et édition.", "Services éditoriaux."],
    },
    {
      key: "interpretation-conference",
      naf: ["74.30Z", "82.30Z", "70.21Z"],
      names: [
        "INTERCABINE",
        "VOX CONGRES",
        "PAROLE ET CONFERENCE",
        "INTERPRETES ASSOCIES DU LEMAN",
        "SIMULTANEA",
        "ECHO LINGUA EVENTS",
        "BIDULE ET CABINE",
        "CONFERLANG",
      ],
      ideas: [
        [
          "Interprétation simultanée en cabine pour congrès, colloques et conseils d'administration.",
          "Nos interprètes de conférence traduisent en temps réel vos séminaires, assemblées générales et conventions.",
          "Interprétation de conférence, simultanée ou consécutive, en français, anglais, allemand, espagnol et italien.",
        ],
        [
          "Interprétation de liaison pour les visites d'usine, audits fournisseurs et négociations commerciales.",
          "Un interprète vous accompagne lors de vos rendez-vous d'affaires, salons et réceptions de délégations étrangères.",
          "Consécutive et chuchotage pour les réunions en petit comité, comités d'entreprise européens et formations.",
        ],
        [
          "Location et installation de matériel : cabines insonorisées, consoles, casques, émetteurs infrarouges.",
          "Technique fournie clés en main : cabines ISO, régie, récepteurs et technicien sur place.",
          "Valises de guidage (« bidule ») pour les visites de site et les petites réunions multilingues.",
        ],
        [
          "Interprétation à distance (RSI) sur Zoom, Teams ou plateforme dédiée.",
          "Réunions hybrides : nos interprètes interviennent depuis un hub équipé ou sur site.",
          "Interprétation en visioconférence pour vos webinaires internationaux.",
        ],
        [
          "Interprètes diplômés des écoles de conférence et membres de l'AIIC.",
          "Équipes constituées pour chaque événement, avec binômes par cabine.",
          "Préparation terminologique en amont à partir de vos supports et ordres du jour.",
        ],
        [
          "Interventions dans toute la France et en Suisse romande.",
          "Basés à Strasbourg, nous couvrons les institutions européennes et les congrès du Grand Est.",
          "Langues rares sur demande : japonais, russe, arabe, mandarin, langue des signes française.",
        ],
      ],
      vague: ["Interprètes de conférence.", "Services linguistiques et événements.", "Interprétation."],
    },
  ],
  needs: [
    {
      target: "traduction-technique",
      title: "Traduction technique de 40 notices machines en allemand et italien",
      description:
        "Nous fabriquons des presses hydrauliques et nos clients allemands et italiens exigent les notices dans leur langue. 40 notices (environ 120 000 mots au total, fichiers InDesign) à traduire depuis le français, avec un glossaire à constituer. Livraison échelonnée sur 3 mois, première série fin mars.",
      kind: "services",
      nafPicked: ["74.30Z"],
      budget: [25000, 45000],
    },
    {
      target: "traduction-assermentee",
      title: "Traduction assermentée de statuts et Kbis en anglais",
      description:
        "Création d'une filiale au Royaume-Uni : il nous faut la traduction officielle en anglais de nos statuts (18 pages), de l'extrait Kbis et d'un PV d'assemblée, avec tampon du traducteur. Le notaire demande aussi l'apostille. Délai : 10 jours.",
      kind: "services",
      nafPicked: ["69.10Z"],
      budget: [400, 1200],
    },
  ],
};
