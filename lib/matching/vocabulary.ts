/**
 * The trade vocabulary of matching, kept as data: groups of expressions that buyers and suppliers use for
 * the same thing (« traduction assermentée » ~ « traducteur juré »). When a need's text contains one
 * expression of a group, the others are added to its query with a lower weight (query expansion), so a
 * supplier who words its trade differently is still found. Expressions are written folded (lower case, no
 * accents, words separated by spaces); a final « s » or « x » of each word is tolerated in the need.
 * Staff and contributors extend it here; docs/MATCHING.md explains the rule.
 */
export const TRADE_VOCABULARY: readonly (readonly string[])[] = [
  // Languages
  [
    "traduction assermentee",
    "traduction certifiee",
    "traduction juree",
    "traducteur jure",
    "traducteur assermente",
    "traducteur agree",
    "traducteur expert judiciaire",
  ],
  ["traduction technique", "traducteur technique", "traduction industrielle", "documentation technique traduite", "localisation"],
  ["interpretariat", "interprete", "interpretation simultanee", "interpretation consecutive", "interpretation de conference"],
  // Image and sound
  [
    "film d entreprise",
    "video institutionnelle",
    "film institutionnel",
    "video d entreprise",
    "film corporate",
    "video corporate",
    "production audiovisuelle",
    "film promotionnel",
  ],
  ["photographie industrielle", "photographe industriel", "photographie d entreprise", "photographe corporate", "reportage photo", "packshot", "prise de vue"],
  ["drone", "prise de vue aerienne", "photographie aerienne", "telepilote"],
  ["sonorisation", "eclairage scenique", "son et lumiere", "regie technique", "captation"],
  ["graphisme", "graphiste", "design graphique", "identite visuelle", "charte graphique", "logo"],
  ["redaction", "redacteur", "contenus editoriaux", "copywriting"],
  // Documents
  ["destruction de documents", "destruction d archives", "destruction confidentielle", "broyage de documents", "dechiquetage", "destruction securisee"],
  ["archivage", "gestion d archives", "numerisation de documents", "dematerialisation", "numerisation"],
  ["impression", "imprimerie", "imprimeur", "impression numerique", "impression offset", "reprographie"],
  ["signaletique", "enseigne", "enseignes lumineuses", "marquage vehicule", "adhesif", "covering"],
  ["objets publicitaires", "goodies", "textile personnalise", "cadeaux d affaires", "articles promotionnels"],
  ["copieur", "photocopieur", "multifonction", "imprimante", "solution d impression"],
  // Buildings: cleaning, pests, green spaces, security
  ["nettoyage", "proprete", "entretien des locaux", "menage", "nettoyage de bureaux", "agent d entretien"],
  ["vitrerie", "nettoyage de vitres", "lavage de vitres", "laveur de vitres"],
  ["desinsectisation", "deratisation", "lutte contre les nuisibles", "nuisibles", "desinfection", "traitement antiparasitaire"],
  ["espaces verts", "paysagiste", "entretien de jardins", "amenagement paysager", "tonte", "jardinier"],
  ["elagage", "abattage d arbres", "arboriste", "taille des arbres", "grimpeur elagueur"],
  ["gardiennage", "surveillance", "agent de securite", "securite privee", "rondes", "maitre chien", "agent cynophile"],
  ["telesurveillance", "videosurveillance", "videoprotection", "controle d acces", "alarme", "intrusion"],
  ["securite incendie", "extincteur", "desenfumage", "ssi", "detection incendie", "robinet d incendie arme"],
  ["ascenseur", "ascensoriste", "monte charge", "elevateur"],
  // Building trades
  ["menuiserie", "menuisier", "menuiseries exterieures", "huisserie", "fenetre", "porte fenetre"],
  ["agencement", "mobilier sur mesure", "ebeniste", "ebenisterie", "agenceur"],
  ["couverture", "couvreur", "toiture", "zinguerie", "etancheite", "charpente"],
  ["peinture", "peintre", "ravalement", "revetements muraux", "facade"],
  ["maconnerie", "macon", "gros oeuvre", "beton", "terrassement"],
  ["platrerie", "plaquiste", "cloison", "faux plafond", "doublage", "plaque de platre"],
  ["carrelage", "carreleur", "faience", "revetement de sol", "sol souple", "parquet"],
  ["serrurerie", "serrurier", "metallerie", "ferronnerie", "charpente metallique"],
  ["plomberie", "plombier", "sanitaires", "canalisation", "robinetterie"],
  ["chauffage", "chauffagiste", "chaudiere", "pompe a chaleur", "plancher chauffant"],
  ["climatisation", "genie climatique", "cvc", "ventilation", "chauffage ventilation climatisation", "traitement d air", "vmc"],
  ["froid commercial", "froid industriel", "chambre froide", "frigoriste", "refrigeration", "vitrine refrigeree"],
  ["electricite", "electricien", "installation electrique", "courants forts", "courants faibles", "tableau electrique"],
  ["borne de recharge", "irve", "recharge de vehicules electriques", "recharge electrique"],
  ["photovoltaique", "panneaux solaires", "centrale solaire", "energie solaire", "ombriere"],
  ["diagnostic immobilier", "diagnostiqueur", "amiante", "dpe", "diagnostic plomb"],
  ["bureau d etudes", "ingenierie", "etudes techniques", "maitrise d oeuvre", "economiste de la construction"],
  ["geometre", "topographie", "releve topographique", "bornage"],
  // Industry
  ["soudure", "soudeur", "chaudronnerie", "chaudronnier", "tuyauterie industrielle", "tolerie"],
  ["usinage", "tournage", "fraisage", "decolletage", "mecanique de precision", "commande numerique", "pieces mecaniques"],
  ["maintenance industrielle", "depannage industriel", "maintenance preventive", "mecanique industrielle", "maintenance des machines"],
  ["emballage", "conditionnement", "packaging"],
  ["analyse de laboratoire", "laboratoire d analyses", "prelevement", "metrologie", "etalonnage"],
  ["qualite", "iso 9001", "demarche qualite", "audit qualite"],
  ["hygiene alimentaire", "haccp", "plan de maitrise sanitaire"],
  // Digital
  ["site internet", "site web", "developpement web", "creation de site", "application web", "refonte de site"],
  ["application mobile", "developpement mobile", "application ios", "application android"],
  ["maintenance informatique", "infogerance", "support informatique", "assistance informatique", "parc informatique", "helpdesk", "depannage informatique"],
  ["cybersecurite", "securite informatique", "test d intrusion", "pentest", "audit de securite"],
  ["reseau informatique", "cablage reseau", "fibre optique", "wifi", "baie de brassage"],
  ["telephonie", "standard telephonique", "voip", "telecom", "telecommunications"],
  ["logiciel", "progiciel", "erp", "crm", "developpement logiciel", "editeur de logiciel"],
  // Services to companies
  ["communication", "agence de communication", "publicite", "marketing", "relations presse"],
  ["evenementiel", "organisation d evenements", "seminaire", "congres", "salon professionnel", "team building"],
  ["location de salle", "salle de seminaire", "salle de reunion", "espace de reception"],
  ["formation", "formateur", "organisme de formation", "formation professionnelle"],
  ["formation securite", "sauveteur secouriste du travail", "sst", "habilitation electrique", "caces", "gestes et postures"],
  ["expertise comptable", "expert comptable", "comptabilite", "comptable", "paie", "commissaire aux comptes"],
  ["avocat", "conseil juridique", "juriste", "droit des affaires", "droit social"],
  ["recrutement", "cabinet de recrutement", "chasseur de tetes", "interim", "travail temporaire"],
  ["rse", "developpement durable", "bilan carbone", "transition ecologique", "bilan ges"],
  ["blanchisserie", "pressing", "location de linge", "linge professionnel", "vetements de travail"],
  ["mobilier de bureau", "amenagement de bureaux", "mobilier professionnel", "sieges de bureau"],
  ["fournitures de bureau", "papeterie", "consommables", "cartouches"],
  // Food
  ["traiteur", "plateaux repas", "buffet", "cocktail"],
  ["restauration collective", "cantine", "restaurant d entreprise", "restauration d entreprise"],
  ["equipement de cuisine professionnelle", "cuisine professionnelle", "materiel de restauration", "grande cuisine", "equipement chr"],
  ["cafe", "distributeur automatique", "machine a cafe", "fontaine a eau"],
  // Transport and waste
  ["transport de marchandises", "fret", "messagerie", "transporteur", "affretement"],
  ["livraison express", "coursier", "course urgente", "livraison du dernier kilometre"],
  ["demenagement", "demenageur", "transfert de bureaux", "garde meuble"],
  ["transport de personnes", "autocar", "navette", "transport de voyageurs", "minibus"],
  ["location de vehicules", "location d utilitaires", "location courte duree", "location longue duree"],
  ["collecte de dechets", "gestion des dechets", "recyclage", "valorisation des dechets", "benne", "dechets industriels", "tri des dechets"],
];

/** Folded form: lower case, no accents, every run of other characters one space. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PATTERNS = TRADE_VOCABULARY.map((group) =>
  group.map(
    (expr) =>
      new RegExp(
        `(?:^| )${expr
          .split(" ")
          .map((w) => `${escape(w)}(?:s|x)?`)
          .join(" ")}(?= |$)`,
      ),
  ),
);

/** Where each expression of `patterns` occurs in folded `text`: [start, end) character spans. */
function spans(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  const g = new RegExp(re.source, "g");
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const start = m.index + (m[0].startsWith(" ") ? 1 : 0);
    out.push([start, m.index + m[0].length]);
    g.lastIndex = m.index + 1;
  }
  return out;
}

/**
 * Which expressions occur in folded `text`, longest first: an expression inside a longer one that occurs
 * there does not count (« intrusion » inside « test d intrusion » is not an alarm: maximal munch).
 * Returns, per group, the indexes of its expressions found.
 */
function found(text: string, multiWordOnly: boolean): Set<number>[] {
  const hits: { g: number; i: number; words: number; span: [number, number] }[] = [];
  TRADE_VOCABULARY.forEach((group, g) =>
    group.forEach((expr, i) => {
      const words = expr.split(" ").length;
      if (multiWordOnly && words < 2) return;
      for (const span of spans(PATTERNS[g][i], text)) hits.push({ g, i, words, span });
    }),
  );
  hits.sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]) || a.span[0] - b.span[0] || a.g - b.g || a.i - b.i);
  const taken: [number, number][] = [];
  const out = TRADE_VOCABULARY.map(() => new Set<number>());
  for (const h of hits) {
    const inside = taken.some(([s, e]) => h.span[0] >= s && h.span[1] <= e && !(h.span[0] === s && h.span[1] === e));
    if (inside) continue;
    taken.push(h.span);
    out[h.g].add(h.i);
  }
  return out;
}

/**
 * The expressions of every group the need evokes, except those it already says: what expands its query.
 * A group is evoked by any of its expressions in the title (what is bought), or by a multi-word expression
 * in the description: a single word there is often context (« archives comptables », « façade » of a
 * showroom whose windows are to be washed), and would drag a whole trade into the query. An expression
 * inside a longer one found in the same text does not evoke its group. Deterministic (groups and
 * expressions in the vocabulary's order).
 */
export function expansionsOf(title: string, description = ""): string[] {
  const inTitle = found(fold(title), false);
  const inDescription = found(fold(description), true);
  const d = fold(description);
  const out: string[] = [];
  TRADE_VOCABULARY.forEach((group, g) => {
    if (inTitle[g].size === 0 && inDescription[g].size === 0) return;
    group.forEach((expr, i) => {
      if (!inTitle[g].has(i) && !PATTERNS[g][i].test(d)) out.push(expr);
    });
  });
  return out;
}
