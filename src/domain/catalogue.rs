//! The 17 Sustainable Development Goals: the facts every screen and file relies on.
//!
//! Titles are the official short titles of the UN icons (English, French, Spanish)
//! and the Belgian Dutch usage of the federal SDG site and VVSG. Descriptions are
//! the team's own words, written for a municipal audience.

use super::colour::{readable_text_on, Rgb};
use super::lang::{Lang, Texts};
use serde::{Deserialize, Serialize};

/// A goal number, 1 to 17. The only way to make one is through [`GoalNumber::new`],
/// so a goal 0 or 18 can never reach a board, a score or a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct GoalNumber(u8);

impl GoalNumber {
    pub const COUNT: u8 = 17;

    pub fn new(n: u8) -> Option<GoalNumber> {
        (1..=Self::COUNT).contains(&n).then_some(GoalNumber(n))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    pub fn all() -> impl DoubleEndedIterator<Item = GoalNumber> + ExactSizeIterator + Clone {
        (1..=Self::COUNT).map(GoalNumber)
    }

    /// Zero-based position, for indexing arrays of 17.
    pub fn index(self) -> usize {
        usize::from(self.0 - 1)
    }

    pub fn goal(self) -> &'static Goal {
        &GOALS[self.index()]
    }

    /// The next goal round the circle (17 wraps to 1).
    pub fn next(self) -> GoalNumber {
        GoalNumber(self.0 % Self::COUNT + 1)
    }

    /// The previous goal round the circle (1 wraps to 17).
    pub fn prev(self) -> GoalNumber {
        GoalNumber((self.0 + Self::COUNT - 2) % Self::COUNT + 1)
    }
}

impl TryFrom<u8> for GoalNumber {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        GoalNumber::new(n).ok_or_else(|| format!("goal {n} is not between 1 and 17"))
    }
}

impl From<GoalNumber> for u8 {
    fn from(g: GoalNumber) -> u8 {
        g.0
    }
}

impl std::fmt::Display for GoalNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// The "5 Ps" of the 2030 Agenda. The grouping of goals under them is a
/// convention (the Agenda itself does not assign goals), and the UI says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pillar {
    People,
    Planet,
    Prosperity,
    Peace,
    Partnership,
}

impl Pillar {
    pub const ALL: [Pillar; 5] = [
        Pillar::People,
        Pillar::Planet,
        Pillar::Prosperity,
        Pillar::Peace,
        Pillar::Partnership,
    ];
}

#[derive(Debug, PartialEq)]
pub struct Goal {
    pub number: u8,
    pub colour: Rgb,
    pub pillar: Pillar,
    /// Number of targets under the goal in the 2030 Agenda.
    pub targets: u8,
    pub title: Texts,
    pub description: Texts,
}

impl Goal {
    pub fn number(&self) -> GoalNumber {
        GoalNumber(self.number)
    }

    pub fn title(&self, lang: Lang) -> &'static str {
        self.title.get(lang)
    }

    pub fn description(&self, lang: Lang) -> &'static str {
        self.description.get(lang)
    }

    /// Text colour that passes WCAG AA on the goal colour.
    pub fn text_colour(&self) -> Rgb {
        readable_text_on(self.colour)
    }
}

pub fn goal(n: GoalNumber) -> &'static Goal {
    n.goal()
}

pub const GOALS: [Goal; 17] = [
    Goal {
        number: 1,
        colour: Rgb::hex(0xE5243B),
        pillar: Pillar::People,
        targets: 7,
        title: Texts { nl: "Geen armoede", en: "No poverty", fr: "Pas de pauvreté", es: "Fin de la pobreza" },
        description: Texts {
            nl: "Armoede uitbannen in al haar vormen. Een gemeente werkt hieraan via sociale dienstverlening, betaalbare basisvoorzieningen en het opsporen van wie uit de boot valt.",
            en: "End poverty in all its forms. A municipality works on this through social services, affordable basic services and reaching the people who fall through the cracks.",
            fr: "Éliminer la pauvreté sous toutes ses formes. Une commune y contribue par l'action sociale, des services de base abordables et l'attention à ceux que l'on oublie.",
            es: "Acabar con la pobreza en todas sus formas. Un municipio contribuye con servicios sociales, servicios básicos asequibles y atención a quienes quedan al margen.",
        },
    },
    Goal {
        number: 2,
        colour: Rgb::hex(0xDDA63A),
        pillar: Pillar::People,
        targets: 8,
        title: Texts { nl: "Geen honger", en: "Zero hunger", fr: "Faim « zéro »", es: "Hambre cero" },
        description: Texts {
            nl: "Honger beëindigen, voedselzekerheid en betere voeding bereiken en duurzame landbouw bevorderen: van lokale markten en schoolmaaltijden tot steun aan kleine boeren.",
            en: "End hunger, achieve food security and better nutrition, and promote sustainable agriculture: from local markets and school meals to support for small farmers.",
            fr: "Éliminer la faim, assurer la sécurité alimentaire, améliorer la nutrition et promouvoir l'agriculture durable : marchés locaux, cantines scolaires, appui aux petits producteurs.",
            es: "Poner fin al hambre, lograr la seguridad alimentaria y una mejor nutrición y promover la agricultura sostenible: mercados locales, comedores escolares, apoyo a pequeños productores.",
        },
    },
    Goal {
        number: 3,
        colour: Rgb::hex(0x4C9F38),
        pillar: Pillar::People,
        targets: 13,
        title: Texts { nl: "Goede gezondheid en welzijn", en: "Good health and well-being", fr: "Bonne santé et bien-être", es: "Salud y bienestar" },
        description: Texts {
            nl: "Een goede gezondheid en welzijn voor iedereen, op elke leeftijd. Lokaal gaat het om eerstelijnszorg, preventie, verkeersveiligheid, sport en een gezonde leefomgeving.",
            en: "Healthy lives and well-being for all at all ages. Locally this means primary care, prevention, road safety, sport and a healthy living environment.",
            fr: "Permettre à tous de vivre en bonne santé à tout âge. Localement : soins de première ligne, prévention, sécurité routière, sport et cadre de vie sain.",
            es: "Vida sana y bienestar para todos en todas las edades. A nivel local: atención primaria, prevención, seguridad vial, deporte y un entorno saludable.",
        },
    },
    Goal {
        number: 4,
        colour: Rgb::hex(0xC5192D),
        pillar: Pillar::People,
        targets: 10,
        title: Texts { nl: "Kwaliteitsonderwijs", en: "Quality education", fr: "Éducation de qualité", es: "Educación de calidad" },
        description: Texts {
            nl: "Inclusief en kwaliteitsvol onderwijs en levenslang leren voor iedereen: schoolgebouwen, kinderopvang, bibliotheken, volwasseneneducatie en vorming van het eigen personeel.",
            en: "Inclusive, quality education and lifelong learning for all: school buildings, childcare, libraries, adult learning and training for the municipality's own staff.",
            fr: "Une éducation inclusive et de qualité et l'apprentissage tout au long de la vie : écoles, accueil de l'enfance, bibliothèques, formation des adultes et du personnel communal.",
            es: "Educación inclusiva y de calidad y aprendizaje a lo largo de la vida: escuelas, cuidado infantil, bibliotecas, formación de adultos y del personal municipal.",
        },
    },
    Goal {
        number: 5,
        colour: Rgb::hex(0xFF3A21),
        pillar: Pillar::People,
        targets: 9,
        title: Texts { nl: "Gendergelijkheid", en: "Gender equality", fr: "Égalité entre les sexes", es: "Igualdad de género" },
        description: Texts {
            nl: "Gendergelijkheid bereiken en alle vrouwen en meisjes empoweren: gelijke deelname aan bestuur en beslissingen, veilige publieke ruimte en aandacht voor gender in elk project.",
            en: "Achieve gender equality and empower all women and girls: equal participation in governance and decisions, safe public spaces and attention to gender in every project.",
            fr: "Parvenir à l'égalité des sexes et autonomiser les femmes et les filles : participation égale aux décisions, espaces publics sûrs et prise en compte du genre dans chaque projet.",
            es: "Lograr la igualdad de género y empoderar a mujeres y niñas: participación igual en las decisiones, espacios públicos seguros y enfoque de género en cada proyecto.",
        },
    },
    Goal {
        number: 6,
        colour: Rgb::hex(0x26BDE2),
        pillar: Pillar::Planet,
        targets: 8,
        title: Texts { nl: "Schoon water en sanitair", en: "Clean water and sanitation", fr: "Eau propre et assainissement", es: "Agua limpia y saneamiento" },
        description: Texts {
            nl: "Schoon water en sanitair voor iedereen, duurzaam beheerd: drinkwaterpunten, riolering en waterzuivering, zuinig watergebruik en bescherming van waterlopen.",
            en: "Clean water and sanitation for all, sustainably managed: drinking water points, sewers and water treatment, careful water use and protection of rivers and streams.",
            fr: "L'eau potable et l'assainissement pour tous, gérés durablement : points d'eau, égouts et épuration, usage économe de l'eau, protection des cours d'eau.",
            es: "Agua potable y saneamiento para todos, con gestión sostenible: puntos de agua, alcantarillado y depuración, uso responsable del agua y protección de los ríos.",
        },
    },
    Goal {
        number: 7,
        colour: Rgb::hex(0xFCC30B),
        pillar: Pillar::Prosperity,
        targets: 5,
        title: Texts { nl: "Betaalbare en duurzame energie", en: "Affordable and clean energy", fr: "Énergie propre et d'un coût abordable", es: "Energía asequible y no contaminante" },
        description: Texts {
            nl: "Betaalbare, betrouwbare en duurzame energie voor iedereen: zonnepanelen op publieke gebouwen, energiezuinige verlichting, renovatie en toegang tot elektriciteit.",
            en: "Affordable, reliable, sustainable energy for all: solar panels on public buildings, efficient street lighting, renovation and access to electricity.",
            fr: "Une énergie fiable, durable et abordable pour tous : panneaux solaires sur les bâtiments publics, éclairage économe, rénovation et accès à l'électricité.",
            es: "Energía asequible, fiable y sostenible para todos: paneles solares en edificios públicos, alumbrado eficiente, renovación y acceso a la electricidad.",
        },
    },
    Goal {
        number: 8,
        colour: Rgb::hex(0xA21942),
        pillar: Pillar::Prosperity,
        targets: 12,
        title: Texts { nl: "Waardig werk en economische groei", en: "Decent work and economic growth", fr: "Travail décent et croissance économique", es: "Trabajo decente y crecimiento económico" },
        description: Texts {
            nl: "Duurzame economische groei en waardig werk voor iedereen: lokale ondernemers en jongeren steunen, eerlijke aankopen en goede arbeidsvoorwaarden, ook bij de gemeente zelf.",
            en: "Sustainable economic growth and decent work for all: supporting local entrepreneurs and young people, fair procurement and good working conditions, including at the town hall.",
            fr: "Une croissance durable et un travail décent pour tous : appui aux entrepreneurs et aux jeunes, achats équitables et bonnes conditions de travail, y compris à la commune.",
            es: "Crecimiento económico sostenible y trabajo decente para todos: apoyo a emprendedores y jóvenes, compras justas y buenas condiciones laborales, también en el municipio.",
        },
    },
    Goal {
        number: 9,
        colour: Rgb::hex(0xFD6925),
        pillar: Pillar::Prosperity,
        targets: 8,
        title: Texts { nl: "Industrie, innovatie en infrastructuur", en: "Industry, innovation and infrastructure", fr: "Industrie, innovation et infrastructure", es: "Industria, innovación e infraestructura" },
        description: Texts {
            nl: "Veerkrachtige infrastructuur, duurzame industrialisering en innovatie: wegen en bruggen, digitale dienstverlening, bedrijventerreinen en samenwerking met kennisinstellingen.",
            en: "Resilient infrastructure, sustainable industry and innovation: roads and bridges, digital public services, business parks and cooperation with research institutions.",
            fr: "Des infrastructures résilientes, une industrie durable et l'innovation : routes et ponts, services numériques, zones d'activités et coopération avec la recherche.",
            es: "Infraestructura resiliente, industria sostenible e innovación: caminos y puentes, servicios digitales, zonas productivas y cooperación con centros de conocimiento.",
        },
    },
    Goal {
        number: 10,
        colour: Rgb::hex(0xDD1367),
        pillar: Pillar::Prosperity,
        targets: 10,
        title: Texts { nl: "Ongelijkheid verminderen", en: "Reduced inequalities", fr: "Inégalités réduites", es: "Reducción de las desigualdades" },
        description: Texts {
            nl: "Ongelijkheid binnen en tussen landen verminderen: inclusie van mensen met een beperking, nieuwkomers en minderheden, en toegankelijke publieke diensten.",
            en: "Reduce inequality within and among countries: inclusion of people with disabilities, newcomers and minorities, and public services everyone can use.",
            fr: "Réduire les inégalités dans les pays et d'un pays à l'autre : inclusion des personnes handicapées, des nouveaux arrivants et des minorités, services publics accessibles.",
            es: "Reducir la desigualdad en los países y entre ellos: inclusión de personas con discapacidad, recién llegados y minorías, y servicios públicos accesibles.",
        },
    },
    Goal {
        number: 11,
        colour: Rgb::hex(0xFD9D24),
        pillar: Pillar::Prosperity,
        targets: 10,
        title: Texts { nl: "Duurzame steden en gemeenschappen", en: "Sustainable cities and communities", fr: "Villes et communautés durables", es: "Ciudades y comunidades sostenibles" },
        description: Texts {
            nl: "Inclusieve, veilige, veerkrachtige en duurzame steden en dorpen: ruimtelijke planning, betaalbaar wonen, openbaar vervoer, afvalbeheer, groen en erfgoed.",
            en: "Inclusive, safe, resilient and sustainable towns and cities: land-use planning, affordable housing, public transport, waste management, green space and heritage.",
            fr: "Des villes et des villages inclusifs, sûrs, résilients et durables : aménagement du territoire, logement abordable, transports publics, déchets, espaces verts et patrimoine.",
            es: "Ciudades y pueblos inclusivos, seguros, resilientes y sostenibles: ordenamiento territorial, vivienda asequible, transporte público, residuos, áreas verdes y patrimonio.",
        },
    },
    Goal {
        number: 12,
        colour: Rgb::hex(0xBF8B2E),
        pillar: Pillar::Planet,
        targets: 11,
        title: Texts { nl: "Verantwoorde consumptie en productie", en: "Responsible consumption and production", fr: "Consommation et production responsables", es: "Producción y consumo responsables" },
        description: Texts {
            nl: "Duurzame consumptie- en productiepatronen: duurzaam aankoopbeleid van de gemeente, minder afval, hergebruik en recyclage, en korte ketens.",
            en: "Sustainable consumption and production: the municipality's own sustainable purchasing, less waste, reuse and recycling, and short supply chains.",
            fr: "Des modes de consommation et de production durables : achats publics durables, moins de déchets, réemploi et recyclage, circuits courts.",
            es: "Modalidades de consumo y producción sostenibles: compras públicas sostenibles, menos residuos, reutilización y reciclaje, circuitos cortos.",
        },
    },
    Goal {
        number: 13,
        colour: Rgb::hex(0x3F7E44),
        pillar: Pillar::Planet,
        targets: 5,
        title: Texts { nl: "Klimaatactie", en: "Climate action", fr: "Mesures relatives à la lutte contre les changements climatiques", es: "Acción por el clima" },
        description: Texts {
            nl: "Dringend actie ondernemen tegen klimaatverandering en haar gevolgen: een klimaatplan, minder uitstoot, en voorbereiding op overstromingen, droogte en hitte.",
            en: "Take urgent action to combat climate change and its impacts: a climate plan, lower emissions, and preparing for floods, drought and heat.",
            fr: "Agir d'urgence contre les changements climatiques et leurs effets : plan climat, réduction des émissions, préparation aux inondations, sécheresses et canicules.",
            es: "Adoptar medidas urgentes contra el cambio climático y sus efectos: plan climático, menos emisiones y preparación ante inundaciones, sequías y olas de calor.",
        },
    },
    Goal {
        number: 14,
        colour: Rgb::hex(0x0A97D9),
        pillar: Pillar::Planet,
        targets: 10,
        title: Texts { nl: "Leven in het water", en: "Life below water", fr: "Vie aquatique", es: "Vida submarina" },
        description: Texts {
            nl: "Oceanen, zeeën en waterrijkdommen beschermen en duurzaam gebruiken. Ook een gemeente ver van zee draagt bij: minder plastic, propere rivieren en duurzame visserij.",
            en: "Conserve and sustainably use the oceans, seas and marine resources. Inland municipalities contribute too: less plastic, clean rivers and sustainable fishing.",
            fr: "Conserver et exploiter durablement les océans, les mers et les ressources marines. Une commune loin de la mer y contribue aussi : moins de plastique, rivières propres, pêche durable.",
            es: "Conservar y utilizar de forma sostenible océanos, mares y recursos marinos. Un municipio lejos del mar también contribuye: menos plástico, ríos limpios, pesca sostenible.",
        },
    },
    Goal {
        number: 15,
        colour: Rgb::hex(0x56C02B),
        pillar: Pillar::Planet,
        targets: 12,
        title: Texts { nl: "Leven op het land", en: "Life on land", fr: "Vie terrestre", es: "Vida de ecosistemas terrestres" },
        description: Texts {
            nl: "Ecosystemen op het land beschermen en herstellen, bossen duurzaam beheren, woestijnvorming en bodemverlies tegengaan en biodiversiteit behouden: natuurgebieden, bomen, pesticidevrij beheer.",
            en: "Protect and restore ecosystems on land, manage forests sustainably, halt desertification and land degradation and protect biodiversity: nature areas, trees, pesticide-free management.",
            fr: "Préserver et restaurer les écosystèmes terrestres, gérer durablement les forêts, lutter contre la désertification et la dégradation des sols, préserver la biodiversité.",
            es: "Proteger y restaurar los ecosistemas terrestres, gestionar los bosques de forma sostenible, frenar la desertificación y la degradación del suelo y proteger la biodiversidad.",
        },
    },
    Goal {
        number: 16,
        colour: Rgb::hex(0x00689D),
        pillar: Pillar::Peace,
        targets: 12,
        title: Texts { nl: "Vrede, justitie en sterke publieke diensten", en: "Peace, justice and strong institutions", fr: "Paix, justice et institutions efficaces", es: "Paz, justicia e instituciones sólidas" },
        description: Texts {
            nl: "Vreedzame en inclusieve samenlevingen, toegang tot recht en transparante, aanspreekbare besturen: goed bestuur, burgerparticipatie, open data en een betrouwbaar bevolkingsregister.",
            en: "Peaceful, inclusive societies, access to justice and accountable, transparent institutions: good governance, citizen participation, open data and a reliable civil register.",
            fr: "Des sociétés pacifiques et inclusives, l'accès à la justice et des institutions transparentes et responsables : bonne gouvernance, participation citoyenne, état civil fiable.",
            es: "Sociedades pacíficas e inclusivas, acceso a la justicia e instituciones transparentes que rinden cuentas: buen gobierno, participación ciudadana, registro civil fiable.",
        },
    },
    Goal {
        number: 17,
        colour: Rgb::hex(0x19486A),
        pillar: Pillar::Partnership,
        targets: 19,
        title: Texts { nl: "Partnerschap om doelstellingen te bereiken", en: "Partnerships for the goals", fr: "Partenariats pour la réalisation des objectifs", es: "Alianzas para lograr los objetivos" },
        description: Texts {
            nl: "Het wereldwijde partnerschap voor duurzame ontwikkeling versterken. Een stedenband is zelf een partnerschap: kennis delen, samen leren en lokale actoren betrekken.",
            en: "Strengthen the global partnership for sustainable development. A twinning is itself such a partnership: sharing knowledge, learning together and involving local actors.",
            fr: "Renforcer le partenariat mondial pour le développement durable. Un jumelage en est un : partager les savoirs, apprendre ensemble, associer les acteurs locaux.",
            es: "Fortalecer la alianza mundial para el desarrollo sostenible. Un hermanamiento es una de ellas: compartir conocimientos, aprender juntos e involucrar a los actores locales.",
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::colour::{contrast, AA_NORMAL, WHITE};

    const UN_COLOURS: [&str; 17] = [
        "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942",
        "#FD6925", "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D",
        "#19486A",
    ];

    #[test]
    fn seventeen_goals_in_order() {
        assert_eq!(GOALS.len(), 17);
        for (i, g) in GOALS.iter().enumerate() {
            assert_eq!(usize::from(g.number), i + 1);
            assert_eq!(g.number().goal(), g);
        }
    }

    #[test]
    fn official_un_colours() {
        let colours: Vec<String> = GOALS.iter().map(|g| g.colour.css()).collect();
        assert_eq!(colours, UN_COLOURS);
    }

    #[test]
    fn text_colour_passes_aa_on_every_goal() {
        for g in &GOALS {
            let ratio = contrast(g.text_colour(), g.colour);
            assert!(ratio >= AA_NORMAL, "goal {}: {ratio:.2}", g.number);
        }
    }

    #[test]
    fn white_fails_where_the_brief_says() {
        // White text is below even the large-text threshold on these goals.
        for n in [2, 6, 7, 9, 11, 15] {
            let g = GoalNumber::new(n).unwrap().goal();
            assert!(contrast(WHITE, g.colour) < 3.0, "goal {n}");
            assert_ne!(g.text_colour(), WHITE, "goal {n}");
        }
    }

    #[test]
    fn targets_add_up_to_169() {
        let counts: Vec<u8> = GOALS.iter().map(|g| g.targets).collect();
        assert_eq!(
            counts,
            [7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19]
        );
        assert_eq!(counts.iter().map(|&c| u32::from(c)).sum::<u32>(), 169);
    }

    #[test]
    fn five_ps_grouping() {
        let of = |p: Pillar| -> Vec<u8> {
            GOALS
                .iter()
                .filter(|g| g.pillar == p)
                .map(|g| g.number)
                .collect()
        };
        assert_eq!(of(Pillar::People), [1, 2, 3, 4, 5]);
        assert_eq!(of(Pillar::Planet), [6, 12, 13, 14, 15]);
        assert_eq!(of(Pillar::Prosperity), [7, 8, 9, 10, 11]);
        assert_eq!(of(Pillar::Peace), [16]);
        assert_eq!(of(Pillar::Partnership), [17]);
    }

    #[test]
    fn official_titles() {
        let g = |n| GoalNumber::new(n).unwrap().goal();
        assert_eq!(g(1).title(Lang::Fr), "Pas de pauvreté");
        assert_eq!(g(1).title(Lang::Es), "Fin de la pobreza");
        assert_eq!(g(1).title(Lang::Nl), "Geen armoede");
        assert_eq!(g(8).title(Lang::Nl), "Waardig werk en economische groei");
        assert_eq!(g(8).title(Lang::En), "Decent work and economic growth");
        assert_eq!(g(14).title(Lang::Fr), "Vie aquatique");
        assert_eq!(g(17).title(Lang::Es), "Alianzas para lograr los objetivos");
    }

    #[test]
    fn every_text_is_filled_in_every_language() {
        for g in &GOALS {
            for l in Lang::ALL {
                assert!(!g.title(l).trim().is_empty(), "title {} {l:?}", g.number);
                assert!(
                    g.description(l).len() > 60,
                    "description {} {l:?}",
                    g.number
                );
            }
        }
    }

    #[test]
    fn goal_numbers_are_bounded_and_wrap() {
        assert!(GoalNumber::new(0).is_none());
        assert!(GoalNumber::new(18).is_none());
        let one = GoalNumber::new(1).unwrap();
        let seventeen = GoalNumber::new(17).unwrap();
        assert_eq!(seventeen.next(), one);
        assert_eq!(one.prev(), seventeen);
        assert_eq!(GoalNumber::all().count(), 17);
        assert!(serde_json::from_str::<GoalNumber>("18").is_err());
        assert_eq!(serde_json::from_str::<GoalNumber>("6").unwrap().get(), 6);
    }
}
