"""The committed model on short news stories in seven languages, written for this test.

The corpora are mostly English and German. Model 1.15.0, fitted on them and the multilingual chrome
library, read the words of other languages as chrome: it dropped 9 of these stories' 46 paragraphs
as text (four of the eight French ones, the closing line of four others) and 4 as HTML. Model
1.16.0, which also trains on the project's own stories in twelve languages (``datasets/stories/``,
none of them these), drops 4 and 2 (docs/model-history.md, 1.16.0).
"""

from __future__ import annotations

import pytest

from service import Label, classify, load_model

STORIES: dict[str, tuple[str, ...]] = {
    "de": (
        "Die Europäische Zentralbank hat den Leitzins am Donnerstag überraschend um einen Viertelprozentpunkt gesenkt und damit auf die schwächere Konjunktur im Euroraum reagiert.",
        "Von Anna Keller, Frankfurt",
        "Die Notenbanker begründeten den Schritt mit der nachlassenden Inflation, die im Oktober auf 2,1 Prozent gefallen war. Viele Ökonomen hatten erst für Dezember mit einer Senkung gerechnet.",
        "„Wir sehen, dass der Preisdruck deutlich nachlässt“, sagte EZB-Präsidentin Christine Lagarde auf der Pressekonferenz in Frankfurt. Zugleich warnte sie vor verfrühten Erwartungen an weitere Schritte.",
        "Besonders die Industrie in Deutschland und Italien leidet unter hohen Energiekosten und einer schwachen Nachfrage aus China. Die Auftragseingänge waren zuletzt drei Monate in Folge gesunken.",
        "Sparer müssen sich dagegen auf sinkende Zinsen für Tagesgeld und Festgeld einstellen. Mehrere Direktbanken kündigten bereits an, ihre Konditionen in den kommenden Wochen anzupassen.",
        "Für Immobilienkäufer ist die Entscheidung dagegen eine gute Nachricht: Die Bauzinsen dürften weiter leicht sinken, erwarten Kreditvermittler.",
        "Der nächste Zinsentscheid steht am 18. Dezember an. Bis dahin will die EZB neue Prognosen ihrer Volkswirte abwarten.",
    ),
    "fr": (
        "La Banque centrale européenne a abaissé jeudi son principal taux directeur d'un quart de point, une décision plus rapide que prévu face au ralentissement de l'économie.",
        "Par Claire Dubois",
        "L'inflation en zone euro est retombée à 2,1 % en octobre, ce qui laisse à l'institution une marge de manœuvre plus importante qu'au printemps.",
        "« Les pressions sur les prix diminuent nettement », a déclaré Christine Lagarde lors de sa conférence de presse à Francfort, tout en refusant de s'engager sur la suite.",
        "L'industrie allemande et italienne souffre toujours du coût de l'énergie et d'une demande chinoise atone. Les commandes ont reculé trois mois d'affilée.",
        "Pour les épargnants, la baisse se traduira par des rendements plus faibles sur les livrets et les comptes à terme dans les prochaines semaines.",
        "Les ménages qui souhaitent acheter un logement pourraient en revanche bénéficier de taux de crédit immobilier un peu plus bas.",
        "La prochaine réunion de politique monétaire aura lieu le 18 décembre, avec de nouvelles projections économiques.",
    ),
    "es": (
        "El Ayuntamiento de Sevilla aprobó este martes un plan para plantar 12.000 árboles en los barrios con menos sombra antes de 2027, con un presupuesto de 18 millones de euros.",
        "La medida responde a las olas de calor de los últimos veranos, cuando varias calles del distrito Norte superaron los 45 grados durante más de una semana.",
        "«Queremos que ningún vecino tenga que caminar más de cinco minutos para encontrar sombra», explicó la concejala de Medio Ambiente en la presentación del proyecto.",
        "Los técnicos municipales han elegido especies autóctonas, como el almez y la encina, que necesitan poca agua una vez que se han asentado.",
        "La oposición criticó que el plan llegue tarde y pidió que se publique un calendario detallado por barrios, con los costes de mantenimiento incluidos.",
        "Las primeras plantaciones comenzarán en noviembre en la avenida de Kansas City y en el entorno del parque Miraflores.",
    ),
    "it": (
        "Il Comune di Bologna ha annunciato che dal primo gennaio il limite di velocità di 30 chilometri orari sarà esteso a quasi tutte le strade della città.",
        "Secondo i dati dell'amministrazione, nei primi sei mesi di sperimentazione gli incidenti gravi sono diminuiti del 21 per cento rispetto allo stesso periodo dell'anno scorso.",
        "«I numeri ci danno ragione, ma sappiamo che serve ancora lavoro per convincere chi usa l'auto ogni giorno», ha detto l'assessora alla mobilità durante una conferenza stampa.",
        "Le associazioni dei commercianti temono invece un calo dei clienti nel centro storico e chiedono più parcheggi vicino alle fermate degli autobus.",
        "Il piano prevede anche nuove piste ciclabili lungo i viali e un potenziamento delle linee notturne del trasporto pubblico.",
        "La giunta presenterà i dettagli definitivi in consiglio comunale entro la fine del mese.",
    ),
    "pl": (
        "Rada Miasta Gdańska zdecydowała w czwartek o budowie nowej linii tramwajowej, która połączy dzielnicę Południe z dworcem głównym do końca 2028 roku.",
        "Inwestycja ma kosztować około 640 milionów złotych, z czego większość pokryją środki z funduszy unijnych.",
        "„To najważniejsza inwestycja transportowa w mieście od dwudziestu lat” – powiedział zastępca prezydenta miasta podczas sesji rady.",
        "Mieszkańcy osiedli położonych wzdłuż planowanej trasy od lat skarżą się na zatłoczone autobusy i długie dojazdy do centrum.",
        "Część radnych opozycji wstrzymała się od głosu, argumentując, że miasto nie przedstawiło jeszcze szczegółowego harmonogramu prac.",
        "Przetarg na wykonawcę ma zostać ogłoszony wiosną przyszłego roku.",
    ),
    "pt": (
        "A Prefeitura de Curitiba anunciou nesta segunda-feira a ampliação do horário dos ônibus noturnos em 14 linhas a partir de março.",
        "Segundo a administração municipal, a medida atende a um pedido antigo de trabalhadores de hospitais e do setor de serviços, que terminam o turno depois da meia-noite.",
        '"Vamos acompanhar a demanda nas primeiras semanas e ajustar os intervalos se for preciso", afirmou o secretário de Mobilidade em entrevista coletiva.',
        "O custo adicional, estimado em 9 milhões de reais por ano, será coberto pelo fundo municipal de transporte.",
        "Usuários ouvidos pela reportagem elogiaram a mudança, mas cobraram mais segurança nos pontos de ônibus durante a madrugada.",
        "As novas tabelas de horários serão publicadas no site da prefeitura na próxima semana.",
    ),
    "nl": (
        "De gemeente Utrecht gaat vanaf volgend jaar honderd extra laadpalen per maand plaatsen om de groeiende vraag van elektrische rijders bij te houden.",
        "Volgens de gemeente staan er nu ruim 6.000 openbare laadpunten in de stad, maar zijn die in sommige wijken 's avonds bijna allemaal bezet.",
        '"We willen dat niemand meer dan 250 meter hoeft te lopen naar een laadpaal," zei de wethouder mobiliteit dinsdag bij de presentatie van het plan.',
        "Bewoners kunnen via een digitaal formulier een nieuwe laadpaal in hun straat aanvragen. De gemeente beoordeelt elke aanvraag binnen acht weken.",
        "Ondernemers in de binnenstad vrezen dat nog meer parkeerplaatsen verdwijnen, omdat elke laadpaal twee vakken reserveert voor elektrische auto's.",
        "De eerste nieuwe palen komen in Overvecht en Leidsche Rijn.",
    ),
}
#: Most paragraphs of all the stories the committed model may drop, per mode (1.16.0: 4 and 2; 1.20.0: 3
#: and 1; 1.21.0: 4 and 4, in HTML mode the closing line of four stories, "the first new poles come in
#: Overvecht", which it reads as chrome's "will be published on the site": docs/model-history.md, 1.21.0).
MAX_LOST = {"text": 5, "html": 4}


def article(lines: tuple[str, ...]) -> str:
    return "<html><body><article>" + "".join(f"<p>{line}</p>" for line in lines) + "</article></body></html>"


@pytest.mark.parametrize("mode", ["text", "html"])
def test_news_stories_in_other_languages_keep_their_paragraphs(mode: str) -> None:
    model = load_model()
    lost = []
    for lang, lines in STORIES.items():
        result = classify(model, text="\n".join(lines)) if mode == "text" else classify(model, html=article(lines))
        lost += [(lang, p.text[:40]) for p in result.paragraphs if p.label is not Label.CONTENT]
    assert len(lost) <= MAX_LOST[mode], lost
