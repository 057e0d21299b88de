//! The starter questionnaire: two statements per goal about what a municipality
//! itself can influence, written by the team in all four languages.
//!
//! Kept as Rust data (like the goal catalogue) rather than a JSON asset: the
//! compiler checks that every statement has all four languages, nothing has to
//! be fetched or parsed at run time (workshops may have no connection), and a
//! missing text is a build error rather than a blank on the wall. A round copies
//! these texts when it is created, so later edits here never change old rounds.

use super::questionnaire::{Statement, StatementText};
use crate::domain::lang::Texts;
use crate::domain::GoalNumber;

/// (goal, statement) pairs, in goal order.
pub const STARTER: &[(u8, Texts)] = &[
    (1, Texts {
        nl: "Onze gemeente weet welke gezinnen in armoede leven en bereikt hen met ondersteuning.",
        en: "Our municipality knows which households live in poverty and reaches them with support.",
        fr: "Notre commune sait quels ménages vivent dans la pauvreté et leur apporte un soutien.",
        es: "Nuestro municipio sabe qué hogares viven en la pobreza y les llega con apoyo.",
    }),
    (1, Texts {
        nl: "Sociale dienstverlening (leefloon, schuldhulp, woonhulp) is makkelijk te vinden en toegankelijk.",
        en: "Social services (income support, debt advice, housing help) are easy to find and to use.",
        fr: "Les services sociaux (revenu minimum, aide aux dettes, aide au logement) sont faciles à trouver et accessibles.",
        es: "Los servicios sociales (ayuda económica, asesoría de deudas, ayuda a la vivienda) son fáciles de encontrar y de usar.",
    }),
    (2, Texts {
        nl: "De gemeente steunt lokale voedselproductie: markten, kleine boeren of samentuinen.",
        en: "The municipality supports local food production: markets, small farmers or community gardens.",
        fr: "La commune soutient la production alimentaire locale : marchés, petits producteurs ou jardins partagés.",
        es: "El municipio apoya la producción local de alimentos: mercados, pequeños productores o huertos comunitarios.",
    }),
    (2, Texts {
        nl: "Schoolmaaltijden of voedselhulp bereiken de kinderen en gezinnen die ze nodig hebben.",
        en: "School meals or food aid reach the children and families who need them.",
        fr: "Les repas scolaires ou l'aide alimentaire atteignent les enfants et les familles qui en ont besoin.",
        es: "Las comidas escolares o la ayuda alimentaria llegan a los niños y las familias que las necesitan.",
    }),
    (3, Texts {
        nl: "Iedereen in de gemeente kan binnen een redelijke afstand een gezondheidspost of arts bereiken.",
        en: "Everyone in the municipality can reach a health post or a doctor within a reasonable distance.",
        fr: "Chaque habitant peut rejoindre un poste de santé ou un médecin à une distance raisonnable.",
        es: "Toda la población del municipio puede llegar a un puesto de salud o a un médico a una distancia razonable.",
    }),
    (3, Texts {
        nl: "De gemeente organiseert of steunt preventie: vaccinatie, hygiëne, gezond leven.",
        en: "The municipality runs or supports prevention: vaccination, hygiene, healthy living.",
        fr: "La commune mène ou soutient la prévention : vaccination, hygiène, mode de vie sain.",
        es: "El municipio realiza o apoya la prevención: vacunación, higiene, vida saludable.",
    }),
    (4, Texts {
        nl: "Schoolgebouwen en de weg naar school zijn veilig en goed onderhouden.",
        en: "School buildings and the way to school are safe and well maintained.",
        fr: "Les bâtiments scolaires et le chemin de l'école sont sûrs et bien entretenus.",
        es: "Los edificios escolares y el camino a la escuela son seguros y están bien mantenidos.",
    }),
    (4, Texts {
        nl: "De gemeente biedt of steunt leren buiten de school: bibliotheek, volwassenenonderwijs, kinderopvang.",
        en: "The municipality offers or supports learning outside school: libraries, adult education, childcare.",
        fr: "La commune offre ou soutient l'apprentissage hors de l'école : bibliothèques, formation des adultes, accueil de la petite enfance.",
        es: "El municipio ofrece o apoya el aprendizaje fuera de la escuela: bibliotecas, educación de adultos, cuidado infantil.",
    }),
    (5, Texts {
        nl: "Vrouwen hebben een eerlijk aandeel in de gemeenteraad en in de leidinggevende functies van de administratie.",
        en: "Women hold a fair share of the council seats and of the senior posts in the administration.",
        fr: "Les femmes occupent une part équitable des sièges du conseil et des postes de direction de l'administration.",
        es: "Las mujeres ocupan una parte justa de los escaños del concejo y de los puestos directivos de la administración.",
    }),
    (5, Texts {
        nl: "De gemeente houdt rekening met gender bij het opmaken van haar budget en diensten.",
        en: "The municipality takes gender into account when it plans its budget and services.",
        fr: "La commune tient compte du genre quand elle prépare son budget et ses services.",
        es: "El municipio tiene en cuenta el género al planificar su presupuesto y sus servicios.",
    }),
    (6, Texts {
        nl: "Elk huishouden heeft veilig drinkwater dicht bij huis.",
        en: "Every household has safe drinking water close to home.",
        fr: "Chaque ménage dispose d'eau potable sûre près de chez lui.",
        es: "Cada hogar tiene agua potable segura cerca de casa.",
    }),
    (6, Texts {
        nl: "Afvalwater wordt opgevangen en gezuiverd voor het in rivieren of de bodem terechtkomt.",
        en: "Waste water is collected and treated before it reaches rivers or the soil.",
        fr: "Les eaux usées sont collectées et épurées avant d'atteindre les rivières ou le sol.",
        es: "Las aguas residuales se recogen y se depuran antes de llegar a los ríos o al suelo.",
    }),
    (7, Texts {
        nl: "De gemeente kent en verlaagt het energieverbruik van haar eigen gebouwen en straatverlichting.",
        en: "The municipality knows and reduces the energy use of its own buildings and street lighting.",
        fr: "La commune connaît et réduit la consommation d'énergie de ses bâtiments et de l'éclairage public.",
        es: "El municipio conoce y reduce el consumo de energía de sus edificios y del alumbrado público.",
    }),
    (7, Texts {
        nl: "De gemeente stimuleert of investeert in hernieuwbare energie.",
        en: "The municipality promotes or invests in renewable energy.",
        fr: "La commune encourage les énergies renouvelables ou y investit.",
        es: "El municipio promueve las energías renovables o invierte en ellas.",
    }),
    (8, Texts {
        nl: "De gemeente ondersteunt lokale ondernemers en werkzoekenden, in het bijzonder jongeren.",
        en: "The municipality supports local entrepreneurs and job seekers, young people in particular.",
        fr: "La commune soutient les entrepreneurs locaux et les demandeurs d'emploi, en particulier les jeunes.",
        es: "El municipio apoya a los emprendedores locales y a quienes buscan empleo, en especial a los jóvenes.",
    }),
    (8, Texts {
        nl: "Het eigen personeel en de aannemers van de gemeente werken in eerlijke en veilige omstandigheden.",
        en: "The municipality's own staff and contractors work in fair and safe conditions.",
        fr: "Le personnel de la commune et ses sous-traitants travaillent dans des conditions justes et sûres.",
        es: "El personal del municipio y sus contratistas trabajan en condiciones justas y seguras.",
    }),
    (9, Texts {
        nl: "Wegen, bruggen en publieke gebouwen worden volgens een plan onderhouden.",
        en: "Roads, bridges and public buildings are maintained according to a plan.",
        fr: "Les routes, les ponts et les bâtiments publics sont entretenus selon un plan.",
        es: "Los caminos, los puentes y los edificios públicos se mantienen según un plan.",
    }),
    (9, Texts {
        nl: "Inwoners kunnen hun zaken met de gemeente online of telefonisch regelen.",
        en: "Residents can deal with the municipality online or by phone.",
        fr: "Les habitants peuvent faire leurs démarches auprès de la commune en ligne ou par téléphone.",
        es: "Los vecinos pueden hacer sus trámites con el municipio por internet o por teléfono.",
    }),
    (10, Texts {
        nl: "Publieke gebouwen en diensten zijn toegankelijk voor mensen met een beperking.",
        en: "Public buildings and services are accessible to people with a disability.",
        fr: "Les bâtiments et services publics sont accessibles aux personnes en situation de handicap.",
        es: "Los edificios y servicios públicos son accesibles para las personas con discapacidad.",
    }),
    (10, Texts {
        nl: "De gemeente zoekt actief groepen op die minder deelnemen: nieuwkomers, minderheden, ouderen.",
        en: "The municipality actively reaches out to groups that take part less: newcomers, minorities, older people.",
        fr: "La commune va activement vers les groupes qui participent moins : nouveaux arrivants, minorités, personnes âgées.",
        es: "El municipio busca activamente a los grupos que participan menos: recién llegados, minorías, personas mayores.",
    }),
    (11, Texts {
        nl: "De gemeente heeft een ruimtelijk plan en ziet toe op de naleving ervan.",
        en: "The municipality has a land-use plan and makes sure it is followed.",
        fr: "La commune dispose d'un plan d'aménagement du territoire et veille à son respect.",
        es: "El municipio tiene un plan de ordenamiento territorial y vela por su cumplimiento.",
    }),
    (11, Texts {
        nl: "Er is betaalbare huisvesting, en veilige wandel- en fietsroutes of openbaar vervoer.",
        en: "There is affordable housing, and safe walking and cycling routes or public transport.",
        fr: "Il existe des logements abordables et des itinéraires sûrs à pied et à vélo ou des transports publics.",
        es: "Hay vivienda asequible y rutas seguras a pie y en bicicleta o transporte público.",
    }),
    (12, Texts {
        nl: "Huishoudelijk afval wordt opgehaald, gesorteerd en gerecycleerd of veilig verwerkt.",
        en: "Household waste is collected, sorted, and recycled or processed safely.",
        fr: "Les déchets ménagers sont collectés, triés, puis recyclés ou traités de façon sûre.",
        es: "Los residuos domésticos se recogen, se separan y se reciclan o se tratan de forma segura.",
    }),
    (12, Texts {
        nl: "De gemeente hanteert duurzaamheidscriteria bij de aankoop van goederen en diensten.",
        en: "The municipality applies sustainability criteria when it buys goods and services.",
        fr: "La commune applique des critères de durabilité à ses achats de biens et de services.",
        es: "El municipio aplica criterios de sostenibilidad cuando compra bienes y servicios.",
    }),
    (13, Texts {
        nl: "De gemeente heeft een klimaatplan met doelen om de uitstoot te verminderen.",
        en: "The municipality has a climate plan with targets for cutting emissions.",
        fr: "La commune a un plan climat avec des objectifs de réduction des émissions.",
        es: "El municipio tiene un plan climático con metas para reducir las emisiones.",
    }),
    (13, Texts {
        nl: "De gemeente kent haar klimaatrisico's (overstroming, droogte, hitte) en is erop voorbereid.",
        en: "The municipality knows its climate risks (floods, drought, heat) and is prepared for them.",
        fr: "La commune connaît ses risques climatiques (inondations, sécheresse, chaleur) et s'y prépare.",
        es: "El municipio conoce sus riesgos climáticos (inundaciones, sequía, calor) y está preparado para ellos.",
    }),
    (14, Texts {
        nl: "De gemeente voorkomt dat afval en afvalwater in rivieren en de zee belanden.",
        en: "The municipality keeps waste and waste water out of rivers and the sea.",
        fr: "La commune empêche que les déchets et les eaux usées finissent dans les rivières et la mer.",
        es: "El municipio evita que los residuos y las aguas residuales lleguen a los ríos y al mar.",
    }),
    (14, Texts {
        nl: "Waterlopen, wetlands of kusten op het grondgebied worden beschermd en opgevolgd.",
        en: "Rivers, wetlands or coasts in the municipality are protected and monitored.",
        fr: "Les cours d'eau, zones humides ou côtes du territoire sont protégés et suivis.",
        es: "Los ríos, humedales o costas del municipio están protegidos y se les da seguimiento.",
    }),
    (15, Texts {
        nl: "De gemeente beschermt en breidt groen, bos en natuurgebieden uit.",
        en: "The municipality protects and extends green space, forests and nature areas.",
        fr: "La commune protège et étend les espaces verts, les forêts et les zones naturelles.",
        es: "El municipio protege y amplía las zonas verdes, los bosques y las áreas naturales.",
    }),
    (15, Texts {
        nl: "Er worden bomen geplant, en erosie en bodemverarming worden aangepakt.",
        en: "Trees are planted, and erosion and land degradation are tackled.",
        fr: "Des arbres sont plantés, et l'érosion et la dégradation des sols sont combattues.",
        es: "Se plantan árboles y se combate la erosión y la degradación del suelo.",
    }),
    (16, Texts {
        nl: "Beslissingen van de gemeenteraad en het budget zijn openbaar en makkelijk in te kijken.",
        en: "Council decisions and the budget are public and easy to consult.",
        fr: "Les décisions du conseil et le budget sont publics et faciles à consulter.",
        es: "Las decisiones del concejo y el presupuesto son públicos y fáciles de consultar.",
    }),
    (16, Texts {
        nl: "Inwoners kunnen meebeslissen, bijvoorbeeld via inspraak of een participatief budget.",
        en: "Residents can take part in decisions, for example through consultation or a participatory budget.",
        fr: "Les habitants peuvent participer aux décisions, par exemple par la concertation ou un budget participatif.",
        es: "Los vecinos pueden participar en las decisiones, por ejemplo mediante consultas o un presupuesto participativo.",
    }),
    (17, Texts {
        nl: "De gemeente werkt rond de doelen samen met het middenveld, bedrijven en andere overheden.",
        en: "The municipality works on the goals with civil society, companies and other levels of government.",
        fr: "La commune travaille aux objectifs avec la société civile, les entreprises et les autres niveaux de pouvoir.",
        es: "El municipio trabaja en los objetivos con la sociedad civil, las empresas y otros niveles de gobierno.",
    }),
    (17, Texts {
        nl: "De stedenband is bekend in de gemeente en betrekt lokale actoren aan beide kanten.",
        en: "The twinning is known in the municipality and involves local actors on both sides.",
        fr: "Le jumelage est connu dans la commune et implique des acteurs locaux des deux côtés.",
        es: "El hermanamiento es conocido en el municipio e involucra a actores locales de ambos lados.",
    }),
];

/// A fresh copy of the starter questionnaire for a new round. Ids are
/// "g<goal>-<n>", unique within the round; statements added later get other ids.
pub fn starter_questionnaire() -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::with_capacity(STARTER.len());
    for (goal, texts) in STARTER {
        let Some(goal) = GoalNumber::new(*goal) else {
            continue;
        };
        let n = out.iter().filter(|s| s.goal == goal).count() + 1;
        out.push(Statement {
            id: format!("g{goal}-{n}"),
            goal,
            text: StatementText::Translated(texts.into()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    #[test]
    fn at_least_two_statements_per_goal_in_every_language() {
        let q = starter_questionnaire();
        assert_eq!(q.len(), STARTER.len());
        for goal in GoalNumber::all() {
            let mine: Vec<&Statement> = q.iter().filter(|s| s.goal == goal).collect();
            assert!(mine.len() >= 2, "goal {goal}");
            for s in mine {
                for lang in Lang::ALL {
                    let t = s.text.get(lang);
                    assert!(
                        t.len() > 20 && t.ends_with('.'),
                        "goal {goal} {lang:?}: {t}"
                    );
                }
            }
        }
    }

    #[test]
    fn ids_are_unique_and_goals_in_order() {
        let q = starter_questionnaire();
        let mut ids: Vec<&str> = q.iter().map(|s| s.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), q.len());
        assert!(q.windows(2).all(|w| w[0].goal <= w[1].goal));
        assert_eq!(q[0].id, "g1-1");
    }
}
