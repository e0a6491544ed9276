<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
    <context>
        <name>App</name>
        <message>
            <source>Dataset not opened</source>
            <translation>Деректер жиыны ашылмады</translation>
        </message>
        <message>
            <source>The dataset at {path} cannot be opened; the bundled dataset is shown instead.</source>
            <translation>{path} ішіндегі деректер жиынын ашу мүмкін емес; оның орнына кірістірілген жиын көрсетілді.</translation>
        </message>
        <message>
            <source>Could not open {path}; showing the bundled dataset.</source>
            <translation>{path} ашылмады; кірістірілген деректер жиыны көрсетілді.</translation>
        </message>
        <message>
            <source>The last dataset ({path}) is gone; showing the bundled dataset.</source>
            <translation>Соңғы деректер жиыны ({path}) жоқ; кірістірілген жиын көрсетілді.</translation>
        </message>
        <message>
            <source>The last dataset ({path}) cannot be opened; showing the bundled dataset.</source>
            <translation>Соңғы деректер жиынын ({path}) ашу мүмкін емес; кірістірілген жиын көрсетілді.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Бірдеңе дұрыс болмады</translation>
        </message>
        <message>
            <source>The views were redrawn from the loaded data; nothing was lost.</source>
            <translation>Көріністер жүктелген деректерден қайта салынды; ештеңе жоғалған жоқ.</translation>
        </message>
        <message>
            <source>The dataset at {path} could not be shown ({error}); showing the bundled dataset.</source>
            <translation>{path} ішіндегі деректер жиынын көрсету мүмкін болмады ({error}); кірістірілген деректер жиыны көрсетілді.</translation>
        </message>
        <message>
            <source>kzeuviewer cannot start</source>
            <translation>kzeuviewer іске қосылмайды</translation>
        </message>
    </context>
    <context>
        <name>Captions</name>
        <message>
            <source>Units: {units}.</source>
            <translation>Өлшем бірліктері: {units}.</translation>
        </message>
        <message>
            <source>Sources: {sources}</source>
            <translation>Дереккөздер: {sources}</translation>
        </message>
        <message>
            <source>{series} hidden</source>
            <translation>жасырылған: {series}</translation>
        </message>
        <message>
            <source> and </source>
            <translation> және </translation>
        </message>
        <message numerus="yes">
            <source>%n series hidden</source>
            <translation>
                <numerusform>%n қатар жасырылған</numerusform>
                <numerusform>%n қатар жасырылған</numerusform>
            </translation>
        </message>
        <message>
            <source>{left} (upper panel); {right} (lower panel)</source>
            <translation>{left} (жоғарғы панель); {right} (төменгі панель)</translation>
        </message>
        <message>
            <source>No data in the years shown.</source>
            <translation>Көрсетілген жылдарда деректер жоқ.</translation>
        </message>
        <message>
            <source>Bars</source>
            <translation>Бағандар</translation>
        </message>
        <message>
            <source>bars</source>
            <translation>бағандар</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Сызықтар</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>сызықтар</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Сызық</translation>
        </message>
        <message>
            <source>line</source>
            <translation>сызық</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Нүктелер</translation>
        </message>
        <message>
            <source>dots</source>
            <translation>нүктелер</translation>
        </message>
        <message numerus="yes">
            <source>%n series</source>
            <translation>
                <numerusform>%n қатар</numerusform>
                <numerusform>%n қатар</numerusform>
            </translation>
        </message>
        <message>
            <source>▲ more than</source>
            <translation>▲ артық</translation>
        </message>
        <message>
            <source>▼ less than</source>
            <translation>▼ кем</translation>
        </message>
        <message>
            <source>◆ about</source>
            <translation>◆ шамамен</translation>
        </message>
        <message>
            <source>several years</source>
            <translation>бірнеше жыл</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>жинақталған</translation>
        </message>
        <message>
            <source>part of a year</source>
            <translation>жылдың бір бөлігі</translation>
        </message>
        <message>
            <source>not every reporter (count beside it)</source>
            <translation>барлық есеп берушілер емес (саны қасында)</translation>
        </message>
        <message>
            <source>hollow: {reasons}</source>
            <translation>іші бос: {reasons}</translation>
        </message>
        <message>
            <source>Markers: {markers}.</source>
            <translation>Белгілер: {markers}.</translation>
        </message>
        <message>
            <source>unnamed publisher</source>
            <translation>жариялаушы көрсетілмеген</translation>
        </message>
        <message numerus="yes">
            <source>{publisher} (%n documents)</source>
            <translation>
                <numerusform>{publisher} (%n құжат)</numerusform>
                <numerusform>{publisher} (%n құжат)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n more publishers (each point's source is in the CSV)</source>
            <translation>
                <numerusform>; тағы %n жариялаушы (әр нүктенің дереккөзі CSV-да)</numerusform>
                <numerusform>; тағы %n жариялаушы (әр нүктенің дереккөзі CSV-да)</numerusform>
            </translation>
        </message>
        <message>
            <source>search “{search}”</source>
            <translation>іздеу «{search}»</translation>
        </message>
        <message>
            <source>without {kinds}</source>
            <translation>{kinds} жоқ</translation>
        </message>
        <message numerus="yes">
            <source>Kazakhstan–EU relations: %Ln event</source>
            <translation>
                <numerusform>Қазақстан–ЕО қатынастары: %Ln оқиға</numerusform>
                <numerusform>Қазақстан–ЕО қатынастары: %Ln оқиға</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kazakhstan–EU relations: %Ln events</source>
            <translation>
                <numerusform>Қазақстан–ЕО қатынастары: %Ln оқиға</numerusform>
                <numerusform>Қазақстан–ЕО қатынастары: %Ln оқиға</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more (every source is in the events CSV)</source>
            <translation>
                <numerusform>және тағы %n (барлық дереккөздер оқиғалар CSV-інде)</numerusform>
                <numerusform>және тағы %n (барлық дереккөздер оқиғалар CSV-інде)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>computed by kzeuviewer</source>
            <translation>kzeuviewer есептеген</translation>
        </message>
        <message>
            <source>Exports minus imports of the same series, year and EU scope.</source>
            <translation>Сол қатардың, жылдың және ЕО құрамының экспорты минус импорты.</translation>
        </message>
        <message>
            <source>Change on the previous calendar year of the same series and EU scope.</source>
            <translation>Сол қатар мен ЕО құрамының алдыңғы күнтізбелік жылмен салыстырғандағы өзгерісі.</translation>
        </message>
        <message>
            <source>Exports plus imports of the same series, year and EU scope (turnover not published).</source>
            <translation>Сол қатардың, жылдың және ЕО құрамының экспорты плюс импорты (тауар айналымы жарияланбаған).</translation>
        </message>
        <message>
            <source>Kazakhstan's trade with the EU — {option}</source>
            <translation>Қазақстанның ЕО-мен саудасы — {option}</translation>
        </message>
        <message>
            <source>Reported by Kazakhstan. Each EU scope is its own series.</source>
            <translation>Қазақстанның деректері бойынша. ЕО-ның әр құрамы — жеке қатар.</translation>
        </message>
        <message>
            <source>Kazakhstan's trade balance with the EU — {option}</source>
            <translation>Қазақстанның ЕО-мен сауда балансы — {option}</translation>
        </message>
        <message>
            <source>Positive: Kazakhstan exports more to the EU than it imports. Stated figures in another currency are in their own panel below.</source>
            <translation>Оң мән: Қазақстан ЕО-ға импорттағаннан көп экспорттайды. Басқа валютадағы мәлімделген сандар төмендегі жеке панельде.</translation>
        </message>
        <message>
            <source>Year-on-year growth of Kazakhstan–EU trade — {option}</source>
            <translation>Қазақстан–ЕО саудасының жылдық өсімі — {option}</translation>
        </message>
        <message>
            <source>Lines: computed from full-year figures of one series and scope. Points: growth rates as stated (some on part of a year); growth over several years is its own series, at its end year, tagged with its span (e.g. 2019–2023).</source>
            <translation>Сызықтар: бір қатар мен құрамның толық жылдық деректерінен есептелген. Нүктелер: мәлімделген өсу қарқыны (кейбірі жылдың бір бөлігі үшін); бірнеше жылдағы өсім — жеке қатар, кезеңнің соңғы жылында, кезеңі белгіленген (мысалы, 2019–2023).</translation>
        </message>
        <message>
            <source>The EU's share of Kazakhstan's foreign trade</source>
            <translation>Қазақстанның сыртқы саудасындағы ЕО үлесі</translation>
        </message>
        <message>
            <source>Share of Kazakhstan's trade with all countries. EU28 (with the UK) and EU27 shares are separate series.</source>
            <translation>Қазақстанның барлық елдермен саудасындағы үлес. ЕО-28 (Ұлыбританиямен) және ЕО-27 үлестері — жеке қатарлар.</translation>
        </message>
        <message>
            <source>EU exports to Kazakhstan (EU-reported, EUR; IMF mirror in USD)</source>
            <translation>ЕО-ның Қазақстанға экспорты (ЕО деректері, EUR; ХВҚ айналы деректері USD-мен)</translation>
        </message>
        <message>
            <source>EUR above (Eurostat and EU statements); USD below (sum of EU members' reports to the IMF). Currencies are never converted.</source>
            <translation>EUR жоғарыда (Eurostat және ЕО мәлімдемелері); USD төменде (ЕО елдерінің ХВҚ-ға есептерінің жиыны). Валюталар ешқашан айырбасталмайды.</translation>
        </message>
        <message>
            <source>Kazakhstan's exports to the EU</source>
            <translation>Қазақстанның ЕО-ға экспорты</translation>
        </message>
        <message>
            <source>Kazakhstan's imports from the EU</source>
            <translation>Қазақстанның ЕО-дан импорты</translation>
        </message>
        <message>
            <source>Kazakhstan–EU trade turnover</source>
            <translation>Қазақстан–ЕО тауар айналымы</translation>
        </message>
        <message>
            <source>{name}: publishers and EU scopes compared</source>
            <translation>{name}: жариялаушылар мен ЕО құрамдарын салыстыру</translation>
        </message>
        <message>
            <source>Each publisher and EU scope is its own series; EU-reported figures are the mirror flow. USD above, EUR below.</source>
            <translation>Әр жариялаушы мен ЕО құрамы — жеке қатар; ЕО деректері — айналы ағын. USD жоғарыда, EUR төменде.</translation>
        </message>
        <message>
            <source>Investment from the EU in Kazakhstan (stated figures)</source>
            <translation>ЕО-дан Қазақстанға инвестициялар (мәлімделген сандар)</translation>
        </message>
        <message>
            <source>Points, not lines: annual, part-year and cumulative figures from different statements. USD above, EUR below.</source>
            <translation>Сызық емес, нүктелер: әртүрлі мәлімдемелердегі жылдық, жыл бөлігіндегі және жинақталған сандар. USD жоғарыда, EUR төменде.</translation>
        </message>
        <message>
            <source>The EU's share of investment in Kazakhstan, and stated investment growth</source>
            <translation>Қазақстандағы инвестициялардағы ЕО үлесі және мәлімделген инвестиция өсімі</translation>
        </message>
        <message>
            <source>Shares on different bases (FDI flows, FDI stock, cumulative, 'investment' without saying FDI) as stated; growth rates as stated.</source>
            <translation>Әртүрлі негіздегі үлестер (ТШИ ағындары, ТШИ қоры, жинақталған, ТШИ деп айтылмаған «инвестициялар») мәлімделгендей; өсу қарқыны мәлімделгендей.</translation>
        </message>
        <message>
            <source>Mirror gap: EU-reported exports vs Kazakhstan-reported imports</source>
            <translation>Айналы алшақтық: ЕО деректеріндегі экспорт пен Қазақстан деректеріндегі импорт</translation>
        </message>
        <message>
            <source>As computed by a third party (currencies differ between the two sides).</source>
            <translation>Үшінші тарап есептегендей (екі жақтың валютасы әртүрлі).</translation>
        </message>
        <message>
            <source>Kazakhstan's exports to, imports from and turnover with the EU</source>
            <translation>Қазақстанның ЕО-мен экспорты, импорты және тауар айналымы</translation>
        </message>
        <message>
            <source>Exports and imports as bars, turnover as a line, as far as the publisher gives them.</source>
            <translation>Экспорт пен импорт — бағандармен, тауар айналымы — сызықпен, жариялаушы бергенше.</translation>
        </message>
        <message>
            <source>Kazakhstan's trade balance with the EU</source>
            <translation>Қазақстанның ЕО-мен сауда балансы</translation>
        </message>
        <message>
            <source>Exports minus imports for one publisher series, with stated balances.</source>
            <translation>Бір жариялаушы қатары бойынша экспорт минус импорт, мәлімделген баланстармен.</translation>
        </message>
        <message>
            <source>Year-on-year growth of Kazakhstan–EU trade (%)</source>
            <translation>Қазақстан–ЕО саудасының жылдық өсімі (%)</translation>
        </message>
        <message>
            <source>Computed growth of one publisher series, with stated growth rates.</source>
            <translation>Бір жариялаушы қатарының есептелген өсімі, мәлімделген өсу қарқынымен.</translation>
        </message>
        <message>
            <source>The EU's share of Kazakhstan's foreign trade (%)</source>
            <translation>Қазақстанның сыртқы саудасындағы ЕО үлесі (%)</translation>
        </message>
        <message>
            <source>Published and stated shares of the EU in Kazakhstan's trade.</source>
            <translation>Қазақстан саудасындағы ЕО-ның жарияланған және мәлімделген үлестері.</translation>
        </message>
        <message>
            <source>EU exports to Kazakhstan (Eurostat, EUR)</source>
            <translation>ЕО-ның Қазақстанға экспорты (Eurostat, EUR)</translation>
        </message>
        <message>
            <source>EU-reported exports in EUR on their own axis; the IMF mirror in USD.</source>
            <translation>ЕО деректеріндегі экспорт EUR-мен өз осінде; ХВҚ айналы деректері USD-мен.</translation>
        </message>
        <message>
            <source>Kazakhstan's exports to the EU: publishers compared</source>
            <translation>Қазақстанның ЕО-ға экспорты: жариялаушыларды салыстыру</translation>
        </message>
        <message>
            <source>BNS vs IMF DOTS vs statements, EU27 vs EU28 incl. UK.</source>
            <translation>ҰСБ, ХВҚ DOTS және мәлімдемелер; ЕО-27 және Ұлыбританиямен ЕО-28.</translation>
        </message>
        <message>
            <source>Kazakhstan's imports from the EU: publishers compared</source>
            <translation>Қазақстанның ЕО-дан импорты: жариялаушыларды салыстыру</translation>
        </message>
        <message>
            <source>BNS vs statements, and the EU's own export figures.</source>
            <translation>ҰСБ мен мәлімдемелер, сондай-ақ ЕО-ның өз экспорт деректері.</translation>
        </message>
        <message>
            <source>Kazakhstan–EU trade turnover: publishers compared</source>
            <translation>Қазақстан–ЕО тауар айналымы: жариялаушыларды салыстыру</translation>
        </message>
        <message>
            <source>BNS vs statements and press, EU27 vs EU28 incl. UK.</source>
            <translation>ҰСБ, мәлімдемелер және баспасөз; ЕО-27 және Ұлыбританиямен ЕО-28.</translation>
        </message>
        <message>
            <source>Investment from the EU (stated figures)</source>
            <translation>ЕО-дан инвестициялар (мәлімделген сандар)</translation>
        </message>
        <message>
            <source>FDI and investment figures as points; annual, part-year and cumulative.</source>
            <translation>ТШИ және инвестициялар нүктелермен: жылдық, жыл бөлігіндегі және жинақталған.</translation>
        </message>
        <message>
            <source>EU share of investment and stated investment growth (%)</source>
            <translation>Инвестициялардағы ЕО үлесі және мәлімделген өсім (%)</translation>
        </message>
        <message>
            <source>Shares of FDI on the bases stated, and stated growth.</source>
            <translation>Мәлімделген негіздегі ТШИ үлестері және мәлімделген өсім.</translation>
        </message>
        <message>
            <source>Kazakhstan's trade with the United Kingdom</source>
            <translation>Қазақстанның Ұлыбританиямен саудасы</translation>
        </message>
        <message>
            <source>The UK rows: the difference between EU28 and EU27.</source>
            <translation>Ұлыбритания жолдары: ЕО-28 пен ЕО-27 айырмасы.</translation>
        </message>
        <message>
            <source>Included in BNS 'EU countries' for 2018–2022; never part of the IMF and Eurostat EU27 rows.</source>
            <translation>2018–2022 жылдары ҰСБ-ның «ЕО елдеріне» кіреді; ХВҚ мен Eurostat-тың ЕО-27 жолдарына ешқашан кірмейді.</translation>
        </message>
        <message>
            <source>Kazakhstan's trade with all countries</source>
            <translation>Қазақстанның барлық елдермен саудасы</translation>
        </message>
        <message>
            <source>Kazakhstan's totals: the base of the EU shares.</source>
            <translation>Қазақстанның жиынтықтары: ЕО үлестерінің негізі.</translation>
        </message>
        <message>
            <source>Kazakhstan's totals with the World, used for the EU shares.</source>
            <translation>Қазақстанның бүкіл әлеммен жиынтықтары, ЕО үлестері үшін.</translation>
        </message>
        <message>
            <source>Mirror gap: EU-reported exports vs Kazakhstan-reported imports (%)</source>
            <translation>Айналы алшақтық: ЕО деректеріндегі экспорт пен Қазақстан деректеріндегі импорт (%)</translation>
        </message>
        <message>
            <source>The gap between the two sides' records, as computed by a third party.</source>
            <translation>Екі жақ деректерінің арасындағы алшақтық, үшінші тарап есептегендей.</translation>
        </message>
        <message>
            <source>Eurostat monthly: EU exports to Kazakhstan (EUR)</source>
            <translation>Eurostat айлық: ЕО-ның Қазақстанға экспорты (EUR)</translation>
        </message>
        <message>
            <source>One point per month (period YYYY-MM), EUR. Calendar-year sums only for years with all 12 months; a part year is never shown as a year.</source>
            <translation>Айына бір нүкте (кезең ЖЖЖЖ-АА), EUR. Күнтізбелік жыл жиындары тек 12 айы толық жылдар үшін; жылдың бір бөлігі ешқашан жыл ретінде көрсетілмейді.</translation>
        </message>
        <message>
            <source>EU exports to Kazakhstan month by month, with sums for complete years only.</source>
            <translation>ЕО-ның Қазақстанға экспорты ай сайын, тек толық жылдар жиындарымен.</translation>
        </message>
    </context>
    <context>
        <name>Confidence</name>
        <message>
            <source>single source</source>
            <translation>бір дереккөз</translation>
        </message>
        <message>
            <source>announced, not confirmed</source>
            <translation>жарияланған, расталмаған</translation>
        </message>
        <message>
            <source>uncertain</source>
            <translation>анық емес</translation>
        </message>
        <message>
            <source>unverified</source>
            <translation>тексерілмеген</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>даулы</translation>
        </message>
    </context>
    <context>
        <name>Coverage</name>
        <message numerus="yes">
            <source>%Ln trade rows ({file} lines {lines}): {reason}</source>
            <translation>
                <numerusform>Сауданың %Ln жолы ({file}, жолдар: {lines}): {reason}</numerusform>
                <numerusform>Сауданың %Ln жолы ({file}, жолдар: {lines}): {reason}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln indicators rows ({file} lines {lines}): {reason}</source>
            <translation>
                <numerusform>Көрсеткіштердің %Ln жолы ({file}, жолдар: {lines}): {reason}</numerusform>
                <numerusform>Көрсеткіштердің %Ln жолы ({file}, жолдар: {lines}): {reason}</numerusform>
            </translation>
        </message>
        <message>
            <source>other {flow} rows reported by {reporter} with partner {partner} are shown, these are not (e.g. the same series, scope, year and flow given twice)</source>
            <translation>{reporter} берген, серіктесі {partner} болатын басқа {flow} жолдары көрсетілген, ал бұлар көрсетілмеген (мысалы, бір қатар, қамту, жыл және ағын екі рет берілген)</translation>
        </message>
        <message>
            <source>no chart shows {flow} figures reported by {reporter} with partner {partner}</source>
            <translation>{reporter} берген, серіктесі {partner} болатын {flow} деректерін ешбір диаграмма көрсетпейді</translation>
        </message>
        <message>
            <source>other rows of '{indicator}' in {unit} are shown, these are not</source>
            <translation>«{indicator}» көрсеткішінің {unit} бірлігіндегі басқа жолдары көрсетілген, ал бұлар көрсетілмеген</translation>
        </message>
        <message>
            <source>no chart shows the indicator '{indicator}' in the unit {unit}</source>
            <translation>«{indicator}» көрсеткішін {unit} бірлігінде ешбір диаграмма көрсетпейді</translation>
        </message>
        <message>
            <source>Every trade and indicator row is shown in at least one chart.</source>
            <translation>Сауда мен көрсеткіштердің әр жолы кемінде бір диаграммада көрсетілген.</translation>
        </message>
        <message>
            <source>{trade} and {indicators} are shown in no chart:</source>
            <translation>{trade} және {indicators} ешбір диаграммада көрсетілмеген:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln trade rows</source>
            <translation>
                <numerusform>сауданың %Ln жолы</numerusform>
                <numerusform>сауданың %Ln жолы</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln indicator rows</source>
            <translation>
                <numerusform>көрсеткіштердің %Ln жолы</numerusform>
                <numerusform>көрсеткіштердің %Ln жолы</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln trade rows are shown in no chart:</source>
            <translation>
                <numerusform>Сауданың %Ln жолы ешбір диаграммада көрсетілмеген:</numerusform>
                <numerusform>Сауданың %Ln жолы ешбір диаграммада көрсетілмеген:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln indicator rows are shown in no chart:</source>
            <translation>
                <numerusform>Көрсеткіштердің %Ln жолы ешбір диаграммада көрсетілмеген:</numerusform>
                <numerusform>Көрсеткіштердің %Ln жолы ешбір диаграммада көрсетілмеген:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataTableView</name>
        <message>
            <source>Column headers: click to sort, Shift+click to add a sort key</source>
            <translation>Баған тақырыптары: шерту — сұрыптау, Shift+шерту — сұрыптау кілтін қосу</translation>
        </message>
        <message>
            <source>Show all columns</source>
            <translation>Барлық бағандарды көрсету</translation>
        </message>
        <message>
            <source>Reset column order</source>
            <translation>Бағандар ретін қалпына келтіру</translation>
        </message>
        <message>
            <source>Clear sort</source>
            <translation>Сұрыптауды алып тастау</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Көшіру</translation>
        </message>
        <message>
            <source>Copy without headers</source>
            <translation>Тақырыптарсыз көшіру</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Барлығын таңдау</translation>
        </message>
    </context>
    <context>
        <name>DetailsToggle</name>
        <message>
            <source>Details</source>
            <translation>Толығырақ</translation>
        </message>
        <message>
            <source>Show the details panel</source>
            <translation>Толығырақ панелін көрсету</translation>
        </message>
        <message>
            <source>Show or hide the details panel</source>
            <translation>Толығырақ панелін көрсету немесе жасыру</translation>
        </message>
    </context>
    <context>
        <name>EventDetailPanel</name>
        <message>
            <source>the source gives the month, not the day</source>
            <translation>дереккөз күнін емес, айын ғана көрсетеді</translation>
        </message>
        <message>
            <source>the source gives the year only</source>
            <translation>дереккөз тек жылын көрсетеді</translation>
        </message>
        <message>
            <source>Event details</source>
            <translation>Оқиға туралы мәліметтер</translation>
        </message>
        <message>
            <source>Select an event on the timeline or in the list to see who took part and where each fact comes from.</source>
            <translation>Кім қатысқанын және әр дерек қайдан алынғанын көру үшін хронологиядан немесе тізімнен оқиғаны таңдаңыз.</translation>
        </message>
        <message>
            <source>Hidden on the timeline by the current search or filters.</source>
            <translation>Ағымдағы іздеу немесе сүзгілер хронологияда жасырған.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Қысқаша</translation>
        </message>
        <message>
            <source>the end date is not given to the day</source>
            <translation>аяқталу күні нақты күнге дейін көрсетілмеген</translation>
        </message>
        <message numerus="yes">
            <source>{when} (%n days)</source>
            <translation>
                <numerusform>{when} (%n күн)</numerusform>
                <numerusform>{when} (%n күн)</numerusform>
            </translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>көрсетілмеген</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Қайда</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>? {doubt}: do not take this date or fact as settled.</source>
            <translation>? {doubt}: бұл күнді немесе деректі түпкілікті деп санамаңыз.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>Participants ({count})</source>
            <translation>Қатысушылар ({count})</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Қатысушылар</translation>
        </message>
        <message>
            <source>No participants are recorded for this event.</source>
            <translation>Бұл оқиғаның қатысушылары жазылмаған.</translation>
        </message>
        <message>
            <source>Select {name}</source>
            <translation>Таңдау: {name}</translation>
        </message>
        <message>
            <source>Select {name} in every tab and highlight their events</source>
            <translation>{name} барлық қойындыда таңдау және оның оқиғаларын белгілеу</translation>
        </message>
        <message>
            <source>Show the selected person in People &amp; awards</source>
            <translation>Таңдалған адамды «Адамдар мен марапаттар» қойындысында көрсету</translation>
        </message>
        <message>
            <source>Sources ({count})</source>
            <translation>Дереккөздер ({count})</translation>
        </message>
        <message>
            <source>No source could be resolved for this event.</source>
            <translation>Бұл оқиға үшін бірде-бір дереккөз табылмады.</translation>
        </message>
        <message>
            <source>Open source {id} in the browser</source>
            <translation>{id} дереккөзін браузерде ашу</translation>
        </message>
        <message>
            <source>Only web links (http, https) are opened.</source>
            <translation>Тек веб-сілтемелер (http, https) ашылады.</translation>
        </message>
        <message>
            <source>Show {name} in People &amp;&amp; awards →</source>
            <translation>{name} — «Адамдар мен марапаттар» →</translation>
        </message>
        <message>
            <source>Link not opened</source>
            <translation>Сілтеме ашылмады</translation>
        </message>
        <message>
            <source>The link could not be opened in a web browser:</source>
            <translation>Сілтемені браузерде ашу мүмкін болмады:</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>{path} жазу мүмкін болмады: {reason}</translation>
        </message>
        <message>
            <source>Cannot write {path}: folder {folder} does not exist</source>
            <translation>{path} жазу мүмкін болмады: {folder} бумасы жоқ</translation>
        </message>
        <message>
            <source>nothing was written</source>
            <translation>ештеңе жазылмады</translation>
        </message>
        <message>
            <source>the written file failed its check</source>
            <translation>жазылған файл тексеруден өтпеді</translation>
        </message>
        <message>
            <source>Cannot write the same file twice in one export: {files}</source>
            <translation>Бір экспортта бір файлды екі рет жазуға болмайды: {files}</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}; no file of this export was written</source>
            <translation>{path} жазу мүмкін болмады: {reason}; бұл экспорттың бірде-бір файлы жазылмады</translation>
        </message>
        <message>
            <source>the PDF is empty</source>
            <translation>PDF бос</translation>
        </message>
        <message>
            <source>not a PDF (no %PDF- header)</source>
            <translation>бұл PDF емес (%PDF- тақырыбы жоқ)</translation>
        </message>
        <message>
            <source>incomplete PDF (it does not end with %%EOF)</source>
            <translation>толық емес PDF (%%EOF белгісімен аяқталмайды)</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written</source>
            <translation>Экспорт тоқтатылды; ештеңе жазылмады</translation>
        </message>
        <message>
            <source>cannot tell the format of '{path}' (file names must end in {formats})</source>
            <translation>«{path}» пішімін анықтау мүмкін емес (файл атаулары {formats} деп аяқталуы керек)</translation>
        </message>
        <message>
            <source>Cannot write {path}: {rows} rows is more than an XLSX sheet holds ({limit}); export to CSV, or narrow the table with a search or filter</source>
            <translation>{path} жазу мүмкін болмады: {rows} жол XLSX парағы сыятыннан ({limit}) көп; CSV-ға экспорттаңыз немесе кестені іздеу не сүзгі арқылы тарылтыңыз</translation>
        </message>
        <message>
            <source>width must be a whole number of pixels</source>
            <translation>ені пиксельдің бүтін саны болуы керек</translation>
        </message>
        <message>
            <source>height must be a whole number of pixels</source>
            <translation>биіктігі пиксельдің бүтін саны болуы керек</translation>
        </message>
        <message>
            <source>width must be between {min} and {max} pixels, not {value}</source>
            <translation>ені {min} мен {max} пиксель аралығында болуы керек, {value} емес</translation>
        </message>
        <message>
            <source>height must be between {min} and {max} pixels, not {value}</source>
            <translation>биіктігі {min} мен {max} пиксель аралығында болуы керек, {value} емес</translation>
        </message>
        <message>
            <source>Cannot export {file}: unknown image type {suffix}; use one of {valid}</source>
            <translation>{file} экспорттау мүмкін емес: {suffix} — белгісіз сурет түрі; мыналардың бірін қолданыңыз: {valid}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(жоқ)</translation>
        </message>
        <message>
            <source>Cannot export {file}: a transparent background needs PNG or SVG, not {format}</source>
            <translation>{file} экспорттау мүмкін емес: мөлдір фон тек PNG не SVG үшін, {format} үшін емес</translation>
        </message>
        <message>
            <source>Cannot allocate a {width}×{height} image (out of memory?)</source>
            <translation>{width}×{height} суретіне жад бөлу мүмкін болмады (жад жетпей ме?)</translation>
        </message>
        <message>
            <source>No clipboard is available</source>
            <translation>Алмасу буфері қолжетімсіз</translation>
        </message>
        <message>
            <source>Cannot start the SVG renderer</source>
            <translation>SVG салу құралын іске қосу мүмкін болмады</translation>
        </message>
        <message>
            <source>Cannot make a PDF page of {width}×{height} pixels</source>
            <translation>{width}×{height} пиксельдік PDF бетін жасау мүмкін болмады</translation>
        </message>
        <message>
            <source>Cannot open the PDF file for writing</source>
            <translation>PDF файлын жазуға ашу мүмкін болмады</translation>
        </message>
        <message>
            <source>The PDF could not be completed (is the disk full?)</source>
            <translation>PDF аяқталмады (диск толып қалған жоқ па?)</translation>
        </message>
        <message>
            <source>Export size must be whole pixels, not {width}×{height}</source>
            <translation>Экспорт өлшемі бүтін пиксельмен берілуі керек, {width}×{height} емес</translation>
        </message>
        <message>
            <source>Export size {width}×{height} is out of range (1 to {max} pixels a side)</source>
            <translation>{width}×{height} экспорт өлшемі рұқсат етілген аралықтан тыс (әр қабырғасы 1-ден {max} пиксельге дейін)</translation>
        </message>
        <message>
            <source>Chart export needs a running QApplication</source>
            <translation>Диаграмманы экспорттау үшін іске қосылған QApplication керек</translation>
        </message>
        <message>
            <source>Cannot export {file}: unknown format {suffix}; use one of {known}</source>
            <translation>{file} экспорттау мүмкін емес: {suffix} — белгісіз пішім; мыналардың бірін қолданыңыз: {known}</translation>
        </message>
        <message>
            <source>(no extension)</source>
            <translation>(кеңейтімсіз)</translation>
        </message>
        <message>
            <source>Cannot export {file}: the {tab} tab exports its table as CSV or XLSX, not images</source>
            <translation>{file} экспорттау мүмкін емес: «{tab}» қойындысы кестесін сурет емес, CSV немесе XLSX түрінде экспорттайды</translation>
        </message>
        <message>
            <source>Cannot export {file}: {reason}</source>
            <translation>{file} экспорттау мүмкін емес: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export {view}</source>
            <translation>Экспорт: {view}</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Экспортталмады</translation>
        </message>
        <message>
            <source>Exported {files} to {folder}</source>
            <translation>Экспортталды: {files} → {folder}</translation>
        </message>
        <message>
            <source> and </source>
            <translation> және </translation>
        </message>
        <message>
            <source>The view could not be drawn</source>
            <translation>Көріністі салу мүмкін болмады</translation>
        </message>
        <message>
            <source>Not copied</source>
            <translation>Көшірілмеді</translation>
        </message>
        <message>
            <source>Copied the view to the clipboard ({width} × {height})</source>
            <translation>Көрініс алмасу буферіне көшірілді ({width} × {height})</translation>
        </message>
        <message>
            <source>Image format</source>
            <translation>Сурет пішімі</translation>
        </message>
        <message>
            <source>CSV: the data only</source>
            <translation>CSV: тек деректер</translation>
        </message>
        <message>
            <source>{format} image ({suffix})</source>
            <translation>{format} суреті ({suffix})</translation>
        </message>
        <message>
            <source>Image size</source>
            <translation>Сурет өлшемі</translation>
        </message>
        <message>
            <source>Custom size</source>
            <translation>Өз өлшемі</translation>
        </message>
        <message>
            <source>Width in pixels</source>
            <translation>Ені пиксельмен</translation>
        </message>
        <message>
            <source>Height in pixels</source>
            <translation>Биіктігі пиксельмен</translation>
        </message>
        <message>
            <source> px</source>
            <translation> пкс</translation>
        </message>
        <message>
            <source>Transparent background</source>
            <translation>Мөлдір фон</translation>
        </message>
        <message>
            <source>Caption with title, units and sources</source>
            <translation>Жазба: тақырып, бірліктер және дереккөздер</translation>
        </message>
        <message>
            <source>Draw caption</source>
            <translation>Жазбаны салу</translation>
        </message>
        <message>
            <source>Also save the data as CSV</source>
            <translation>Деректерді CSV-ға да сақтау</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Файл атауы</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Шолу…</translation>
        </message>
        <message>
            <source>Choose file</source>
            <translation>Файлды таңдау</translation>
        </message>
        <message>
            <source>Look of the image</source>
            <translation>Суреттің безендірілуі</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Ашық</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Күңгірт</translation>
        </message>
        <message>
            <source>As on screen</source>
            <translation>Экрандағыдай</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Пішім:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Өлшем:</translation>
        </message>
        <message>
            <source>Look:</source>
            <translation>Безендіру:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорттау</translation>
        </message>
        <message>
            <source>Copy to clipboard</source>
            <translation>Буферге көшіру</translation>
        </message>
        <message>
            <source>Copy the image to the clipboard</source>
            <translation>Суретті алмасу буферіне көшіру</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <source>Exactly the chosen number of pixels.</source>
            <translation>Дәл таңдалған пиксель саны.</translation>
        </message>
        <message>
            <source>Exactly the chosen number of pixels; no transparency.</source>
            <translation>Дәл таңдалған пиксель саны; мөлдірліксіз.</translation>
        </message>
        <message>
            <source>Vector image declared at the chosen pixel size.</source>
            <translation>Таңдалған пиксель өлшемімен жарияланған векторлық сурет.</translation>
        </message>
        <message>
            <source>One page measuring the chosen size in pixels of 1/96 inch; no transparency.</source>
            <translation>1/96 дюймдік пиксельмен таңдалған өлшемдегі бір бет; мөлдірліксіз.</translation>
        </message>
        <message>
            <source>The data of the view as shown: the same rows, years and series, no picture.</source>
            <translation>Көріністің көрсетілген деректері: сол жолдар, жылдар мен қатарлар, суретсіз.</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>(empty)</source>
            <translation>(бос)</translation>
        </message>
        <message>
            <source>Filter {column}</source>
            <translation>Сүзгі: {column}</translation>
        </message>
        <message>
            <source>Find a value of {column}…</source>
            <translation>Мәнді табу: {column}…</translation>
        </message>
        <message>
            <source>Find a value of {column}</source>
            <translation>Мәнді табу: {column}</translation>
        </message>
        <message>
            <source>Values of {column}</source>
            <translation>Мәндер: {column}</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <source>Check every value</source>
            <translation>Барлық мәндерді белгілеу</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ешқайсысы</translation>
        </message>
        <message>
            <source>Uncheck every value</source>
            <translation>Барлық белгілерді алып тастау</translation>
        </message>
        <message>
            <source>Apply the {column} filter</source>
            <translation>«{column}» сүзгісін қолдану</translation>
        </message>
        <message>
            <source>Close without changing the filter</source>
            <translation>Сүзгіні өзгертпей жабу</translation>
        </message>
        <message>
            <source>Filter {column} by date</source>
            <translation>«{column}» күні бойынша сүзгі</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Бастап</translation>
        </message>
        <message>
            <source>Limit the earliest date</source>
            <translation>Ең ерте күнді шектеу</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Дейін</translation>
        </message>
        <message>
            <source>Limit the latest date</source>
            <translation>Ең кеш күнді шектеу</translation>
        </message>
        <message>
            <source>Earliest date</source>
            <translation>Ең ерте күн</translation>
        </message>
        <message>
            <source>Latest date</source>
            <translation>Ең кеш күн</translation>
        </message>
        <message>
            <source>A partial date (a year, a month) counts if any of it is in the range.</source>
            <translation>Толық емес күн (жыл, ай) оның бір бөлігі аралыққа кірсе есептеледі.</translation>
        </message>
        <message>
            <source>Apply the {column} range</source>
            <translation>«{column}» аралығын қолдану</translation>
        </message>
        <message>
            <source>Close without changing the range</source>
            <translation>Аралықты өзгертпей жабу</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>ештеңе</translation>
        </message>
        <message numerus="yes">
            <source>{first} and %n more</source>
            <translation>
                <numerusform>{first} және тағы %n</numerusform>
                <numerusform>{first} және тағы %n</numerusform>
            </translation>
        </message>
        <message>
            <source>from {date}</source>
            <translation>{date} бастап</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>{date} дейін</translation>
        </message>
        <message>
            <source>Filter:</source>
            <translation>Сүзгі:</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Сүзгілерді алып тастау</translation>
        </message>
        <message>
            <source>Clear every filter</source>
            <translation>Барлық сүзгілерді алып тастау</translation>
        </message>
        <message>
            <source>Filter by {column} (active)</source>
            <translation>«{column}» бойынша сүзгі (қосулы)</translation>
        </message>
        <message>
            <source>Filter by {column}</source>
            <translation>«{column}» бойынша сүзгі</translation>
        </message>
        <message>
            <source>Show only some values of {column}</source>
            <translation>«{column}» мәндерінің кейбірін ғана көрсету</translation>
        </message>
        <message>
            <source>Click to remove this filter</source>
            <translation>Бұл сүзгіні алып тастау үшін шертіңіз</translation>
        </message>
        <message>
            <source>Remove the {column} filter</source>
            <translation>«{column}» сүзгісін алып тастау</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>selection</source>
            <translation>таңдау</translation>
        </message>
        <message>
            <source>search</source>
            <translation>іздеу</translation>
        </message>
        <message>
            <source>regular expression search</source>
            <translation>тұрақты өрнекпен іздеу</translation>
        </message>
        <message>
            <source>filter</source>
            <translation>сүзгі</translation>
        </message>
        <message>
            <source>date filter</source>
            <translation>күн сүзгісі</translation>
        </message>
        <message>
            <source>sort</source>
            <translation>сұрыптау</translation>
        </message>
        <message>
            <source>column order</source>
            <translation>бағандар реті</translation>
        </message>
        <message>
            <source>columns shown</source>
            <translation>көрсетілген бағандар</translation>
        </message>
        <message>
            <source>kinds shown</source>
            <translation>көрсетілген түрлер</translation>
        </message>
        <message>
            <source>zoom</source>
            <translation>масштаб</translation>
        </message>
        <message>
            <source>chart</source>
            <translation>диаграмма</translation>
        </message>
        <message>
            <source>series</source>
            <translation>қатар</translation>
        </message>
        <message>
            <source>series shown</source>
            <translation>көрсетілген қатарлар</translation>
        </message>
        <message>
            <source>log scale</source>
            <translation>логарифмдік шкала</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>unknown layout: no header row with the columns 'Товарооборот', 'Экспорт' and 'Импорт'</source>
            <translation>белгісіз құрылым: «Товарооборот», «Экспорт» және «Импорт» бағандары бар тақырып жолы жоқ</translation>
        </message>
        <message>
            <source>unknown layout: no 'Наименование …' column in the header row</source>
            <translation>белгісіз құрылым: тақырып жолында «Наименование …» бағаны жоқ</translation>
        </message>
        <message>
            <source>unknown layout: no unit ('тыс. долларов США') above the table</source>
            <translation>белгісіз құрылым: кестенің үстінде өлшем бірлігі («тыс. долларов США») жоқ</translation>
        </message>
        <message>
            <source>unknown layout: no period title ('за … год') above the table</source>
            <translation>белгісіз құрылым: кестенің үстінде кезең тақырыбы («за … год») жоқ</translation>
        </message>
        <message>
            <source>period '{period}' does not parse (unknown month)</source>
            <translation>«{period}» кезеңі танылмады (белгісіз ай)</translation>
        </message>
        <message>
            <source>an empty cell</source>
            <translation>бос ұяшық</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} сан емес</translation>
        </message>
        <message>
            <source>cannot be read: {reason}</source>
            <translation>оқу мүмкін емес: {reason}</translation>
        </message>
        <message>
            <source>is an Excel 2007+ (.xlsx) workbook with an .xls name; BNS tables are read as the Excel 97–2003 .xls files the Bureau publishes (download the .xls again)</source>
            <translation>бұл .xls атауы бар Excel 2007+ (.xlsx) кітабы; ҰСБ кестелері Бюро жариялайтын Excel 97–2003 .xls файлдары ретінде оқылады (.xls файлын қайта жүктеп алыңыз)</translation>
        </message>
        <message>
            <source>is not an Excel 97–2003 (.xls) workbook</source>
            <translation>Excel 97–2003 (.xls) кітабы емес</translation>
        </message>
        <message>
            <source>cannot be read as an .xls workbook: {reason}</source>
            <translation>.xls кітабы ретінде оқу мүмкін емес: {reason}</translation>
        </message>
        <message>
            <source>has no sheet with figures</source>
            <translation>көрсеткіштері бар парақ жоқ</translation>
        </message>
        <message>
            <source>missing {columns}</source>
            <translation>{columns} бағандары жоқ</translation>
        </message>
        <message>
            <source>unexpected {columns}</source>
            <translation>артық бағандар: {columns}</translation>
        </message>
        <message>
            <source>{first}; {second}</source>
            <translation>{first}; {second}</translation>
        </message>
        <message>
            <source>not a Comext relational view ({detail}); expected the columns {columns}</source>
            <translation>бұл Comext реляциялық көрінісі емес ({detail}); күтілген бағандар: {columns}</translation>
        </message>
        <message>
            <source>{column} '{value}' is not the total (only PRODUCT and STAT_PROCEDURE 'Total' can be summed)</source>
            <translation>{column} «{value}» жиынтық емес (тек PRODUCT пен STAT_PROCEDURE «Total» мәндерін қосуға болады)</translation>
        </message>
        <message>
            <source>FLOW '{value}' is neither EXPORT nor IMPORT</source>
            <translation>FLOW «{value}» EXPORT та, IMPORT та емес</translation>
        </message>
        <message>
            <source>PERIOD '{value}' does not parse (expected e.g. 'Aug. 2024', '201901-Jan. 2019' or '201952-Jan.-Dec. 2019')</source>
            <translation>PERIOD «{value}» танылмады (мысалы, «Aug. 2024», «201901-Jan. 2019» немесе «201952-Jan.-Dec. 2019» күтіледі)</translation>
        </message>
        <message>
            <source>VALUE_IN_EUR '{value}' is not a number</source>
            <translation>VALUE_IN_EUR «{value}» сан емес</translation>
        </message>
        <message>
            <source>REPORTER '{value}' is neither an EU member state nor an EU aggregate</source>
            <translation>REPORTER «{value}» ЕО-ға мүше мемлекет те, ЕО агрегаты да емес</translation>
        </message>
        <message>
            <source>has no row with PARTNER '{partner}' reported by the EU or its members</source>
            <translation>ЕО немесе оның мүшелері берген PARTNER «{partner}» жолы жоқ</translation>
        </message>
        <message>
            <source>a member state is listed twice for {when}</source>
            <translation>{when} үшін мүше мемлекет екі рет көрсетілген</translation>
        </message>
        <message>
            <source>no single EU27 row or member-state rows for {when}</source>
            <translation>{when} үшін жалғыз EU27 жолы да, мүше мемлекеттер жолдары да жоқ</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>файл табылмады</translation>
        </message>
        <message>
            <source>is not a file</source>
            <translation>файл емес</translation>
        </message>
        <message>
            <source>{file} is empty</source>
            <translation>{file} бос</translation>
        </message>
        <message>
            <source>{folder} is not a dataset that loads: {problems}</source>
            <translation>{folder} жүктелетін деректер жиыны емес: {problems}</translation>
        </message>
        <message>
            <source>{file} changed since the preview; preview the import again</source>
            <translation>{file} алдын ала қараудан кейін өзгерді; импортты қайта алдын ала қараңыз</translation>
        </message>
        <message>
            <source>the imported dataset would not load: {problems}</source>
            <translation>импортталған деректер жиыны жүктелмес еді: {problems}</translation>
        </message>
        <message>
            <source>the imported dataset would have new problems: {problems}</source>
            <translation>импортталған деректер жиынында жаңа ақаулар пайда болар еді: {problems}</translation>
        </message>
        <message>
            <source>cannot write the dataset at {folder}: {reason}</source>
            <translation>{folder} ішіндегі деректер жиынын жазу мүмкін емес: {reason}</translation>
        </message>
        <message>
            <source>is neither a BNS workbook (.xls) nor a Eurostat Comext CSV download (.csv)</source>
            <translation>ҰСБ кітабы (.xls) да, Eurostat Comext CSV жүктемесі (.csv) де емес</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Change</source>
            <translation>Өзгеріс</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Көрсеткіш</translation>
        </message>
        <message>
            <source>Now in the dataset</source>
            <translation>Қазір жиында</translation>
        </message>
        <message>
            <source>From the files</source>
            <translation>Файлдардан</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Бірлік</translation>
        </message>
        <message>
            <source>Read from</source>
            <translation>Қайдан оқылды</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Қосылды</translation>
        </message>
        <message>
            <source>Kept (entered by hand)</source>
            <translation>Сақталды (қолмен енгізілген)</translation>
        </message>
        <message>
            <source>Value changed</source>
            <translation>Мәні өзгерді</translation>
        </message>
        <message>
            <source>Source updated</source>
            <translation>Дереккөз жаңартылды</translation>
        </message>
        <message>
            <source>Replaced (entered by hand)</source>
            <translation>Ауыстырылды (қолмен енгізілген)</translation>
        </message>
        <message>
            <source>Rows added:</source>
            <translation>Қосылған жолдар:</translation>
        </message>
        <message>
            <source>Rows added</source>
            <translation>Қосылған жолдар</translation>
        </message>
        <message>
            <source>Rows updated:</source>
            <translation>Жаңартылған жолдар:</translation>
        </message>
        <message>
            <source>Rows updated</source>
            <translation>Жаңартылған жолдар</translation>
        </message>
        <message>
            <source>Conflicts with rows entered by hand:</source>
            <translation>Қолмен енгізілген жолдармен қайшылықтар:</translation>
        </message>
        <message>
            <source>Conflicts with rows entered by hand</source>
            <translation>Қолмен енгізілген жолдармен қайшылықтар</translation>
        </message>
        <message>
            <source>Unchanged:</source>
            <translation>Өзгеріссіз:</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Өзгеріссіз</translation>
        </message>
        <message>
            <source>Statistics files</source>
            <translation>Статистика файлдары</translation>
        </message>
        <message>
            <source>BNS workbooks</source>
            <translation>ҰСБ Excel кітаптары</translation>
        </message>
        <message>
            <source>Eurostat CSV downloads</source>
            <translation>Eurostat CSV жүктемелері</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Барлық файлдар</translation>
        </message>
        <message>
            <source>Import statistics</source>
            <translation>Статистиканы импорттау</translation>
        </message>
        <message>
            <source>Add the publishers' own files: BNS workbooks (.xls) and Eurostat Comext CSV downloads (.csv). Nothing in the dataset changes until you press Apply.</source>
            <translation>Жариялаушылардың өз файлдарын қосыңыз: ҰСБ Excel кітаптары (.xls) және Eurostat Comext CSV жүктемелері (.csv). «Қолдану» батырмасын баспайынша, деректер жиынында ештеңе өзгермейді.</translation>
        </message>
        <message>
            <source>Files to import</source>
            <translation>Импортталатын файлдар</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Файлдарды қосу…</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Файлдарды қосу</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Буманы қосу…</translation>
        </message>
        <message>
            <source>Add every file of a folder</source>
            <translation>Буманың барлық файлын қосу</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
        <message>
            <source>Remove the selected files</source>
            <translation>Таңдалған файлдарды алып тастау</translation>
        </message>
        <message>
            <source>Source address:</source>
            <translation>Дереккөз мекенжайы:</translation>
        </message>
        <message>
            <source>Source address</source>
            <translation>Дереккөз мекенжайы</translation>
        </message>
        <message>
            <source>https://… where the files were downloaded from (optional)</source>
            <translation>https://… файлдар жүктелген жер (міндетті емес)</translation>
        </message>
        <message>
            <source>Into dataset:</source>
            <translation>Деректер жиынына:</translation>
        </message>
        <message>
            <source>Dataset folder that will be changed</source>
            <translation>Өзгертілетін деректер жиынының бумасы</translation>
        </message>
        <message>
            <source>Why the import cannot be applied</source>
            <translation>Импортты неге қолдануға болмайды</translation>
        </message>
        <message>
            <source>Problems heading</source>
            <translation>Ақаулар тақырыбы</translation>
        </message>
        <message>
            <source>Problems in the files</source>
            <translation>Файлдардағы ақаулар</translation>
        </message>
        <message>
            <source>Summary of the changes</source>
            <translation>Өзгерістердің қорытындысы</translation>
        </message>
        <message>
            <source>Preview of the changes</source>
            <translation>Өзгерістерді алдын ала қарау</translation>
        </message>
        <message>
            <source>Replace rows I entered by hand</source>
            <translation>Мен қолмен енгізген жолдарды ауыстыру</translation>
        </message>
        <message>
            <source>Rows you typed into trade.csv are kept unless you tick this box.</source>
            <translation>Бұл белгіні қоймасаңыз, trade.csv файлына өзіңіз енгізген жолдар сақталады.</translation>
        </message>
        <message>
            <source>Figures given by two files</source>
            <translation>Екі файлда берілген көрсеткіштер</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Хабарлама</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Қолдану</translation>
        </message>
        <message>
            <source>Apply the import</source>
            <translation>Импортты қолдану</translation>
        </message>
        <message>
            <source>Cancel: write nothing</source>
            <translation>Бас тарту: ештеңе жазбау</translation>
        </message>
        <message>
            <source>Add statistics files</source>
            <translation>Статистика файлдарын қосу</translation>
        </message>
        <message>
            <source>Add every statistics file of a folder</source>
            <translation>Буманың барлық статистика файлын қосу</translation>
        </message>
        <message>
            <source>The folder {folder} has no .xls or .csv files.</source>
            <translation>{folder} бумасында .xls немесе .csv файлдары жоқ.</translation>
        </message>
        <message>
            <source>The source address must start with https:// or http://, not “{url}”.</source>
            <translation>Дереккөз мекенжайы «{url}» емес, https:// немесе http:// деп басталуы керек.</translation>
        </message>
        <message numerus="yes">
            <source>The files have %Ln problems, so nothing can be imported until they are fixed.</source>
            <translation>
                <numerusform>Файлдарда %Ln ақау бар, сондықтан олар түзетілмейінше ештеңе импортталмайды.</numerusform>
                <numerusform>Файлдарда %Ln ақау бар, сондықтан олар түзетілмейінше ештеңе импортталмайды.</numerusform>
            </translation>
        </message>
        <message>
            <source>The import cannot be previewed; nothing will be written.</source>
            <translation>Импортты алдын ала қарау мүмкін емес; ештеңе жазылмайды.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln figures are given by two files with different values; the later publication is used.</source>
            <translation>
                <numerusform>%Ln көрсеткіш екі файлда әртүрлі мәнмен берілген; кейінгі жарияланым алынды.</numerusform>
                <numerusform>%Ln көрсеткіш екі файлда әртүрлі мәнмен берілген; кейінгі жарияланым алынды.</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure}: {kept} ({kept_file}) is used, not {dropped} ({dropped_file})</source>
            <translation>{figure}: {dropped} ({dropped_file}) емес, {kept} ({kept_file}) алынды</translation>
        </message>
        <message>
            <source>Add files to see what will change.</source>
            <translation>Не өзгеретінін көру үшін файлдарды қосыңыз.</translation>
        </message>
        <message>
            <source>Nothing will be imported.</source>
            <translation>Ештеңе импортталмайды.</translation>
        </message>
        <message>
            <source>Nothing will be written unless you choose to replace the rows you entered by hand.</source>
            <translation>Қолмен енгізген жолдарды ауыстыруды таңдамасаңыз, ештеңе жазылмайды.</translation>
        </message>
        <message>
            <source>Nothing to write: the dataset already has these figures.</source>
            <translation>Жазатын ештеңе жоқ: деректер жиынында бұл көрсеткіштер бар.</translation>
        </message>
        <message numerus="yes">
            <source>Apply will write %Ln rows into the dataset.</source>
            <translation>
                <numerusform>«Қолдану» деректер жиынына %Ln жол жазады.</numerusform>
                <numerusform>«Қолдану» деректер жиынына %Ln жол жазады.</numerusform>
            </translation>
        </message>
        <message>
            <source>{origin}; trade.csv line {line}</source>
            <translation>{origin}; trade.csv, {line}-жол</translation>
        </message>
        <message>
            <source>Nothing was written: {reason}. The preview has been made again from the files as they are now; check it and press Apply again.</source>
            <translation>Ештеңе жазылған жоқ: {reason}. Алдын ала қарау файлдардың қазіргі күйінен қайта жасалды; оны тексеріп, «Қолдану» батырмасын қайта басыңыз.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln rows.</source>
            <translation>
                <numerusform>%Ln жол импортталды.</numerusform>
                <numerusform>%Ln жол импортталды.</numerusform>
            </translation>
        </message>
        <message>
            <source>The dataset folder cannot be found. Open a copy of the dataset folder first.</source>
            <translation>Деректер жиынының бумасы табылмады. Алдымен деректер жиыны бумасының көшірмесін ашыңыз.</translation>
        </message>
        <message>
            <source>The dataset that comes with kzeuviewer is not changed by imports. Open a copy of the dataset folder first (File ▸ Open dataset…).</source>
            <translation>kzeuviewer-мен бірге келетін деректер жиынын импорт өзгертпейді. Алдымен деректер жиыны бумасының көшірмесін ашыңыз (Файл ▸ Деректер жиынын ашу…).</translation>
        </message>
        <message>
            <source>The dataset folder {folder} cannot be written. Open a copy of the dataset folder first (File ▸ Open dataset…).</source>
            <translation>{folder} деректер жиыны бумасына жазу мүмкін емес. Алдымен деректер жиыны бумасының көшірмесін ашыңыз (Файл ▸ Деректер жиынын ашу…).</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Visit</source>
            <translation>Сапар</translation>
        </message>
        <message>
            <source>Summit</source>
            <translation>Саммит</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Кездесу</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Келісім</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>Марапат</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Сапарлар</translation>
        </message>
        <message>
            <source>Summits</source>
            <translation>Саммиттер</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Кездесулер</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Келісімдер</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Марапаттар</translation>
        </message>
    </context>
    <context>
        <name>Loading</name>
        <message>
            <source>bundled dataset</source>
            <translation>кірістірілген деректер жиыны</translation>
        </message>
        <message>
            <source>Reading and checking {name} ({size} MB)…</source>
            <translation>{name} оқылып, тексерілуде ({size} МБ)…</translation>
        </message>
        <message>
            <source>Opening dataset</source>
            <translation>Деректер жиынын ашу</translation>
        </message>
        <message>
            <source>Preparing the tables and charts…</source>
            <translation>Кестелер мен диаграммалар дайындалуда…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>People &amp;&amp; awards</source>
            <translation>Адамдар мен марапаттар</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Сауда</translation>
        </message>
        <message>
            <source>kzeuviewer main window</source>
            <translation>kzeuviewer басты терезесі</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Қойындылар</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Open dataset…</source>
            <translation>Деректер жиынын &amp;ашу…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Соңғылар</translation>
        </message>
        <message>
            <source>Open &amp;bundled dataset</source>
            <translation>&amp;Кірістірілген жиынды ашу</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>Қайта &amp;жүктеу</translation>
        </message>
        <message>
            <source>&amp;Import statistics…</source>
            <translation>Статистиканы &amp;импорттау…</translation>
        </message>
        <message>
            <source>Open &amp;view…</source>
            <translation>&amp;Көріністі ашу…</translation>
        </message>
        <message>
            <source>&amp;Save view…</source>
            <translation>Көріністі &amp;сақтау…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Экспорттау…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Басып шығару…</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Басып шығаруды &amp;алдын ала қарау…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Ө&amp;ңдеу</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Көшіру</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Табу</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Тақырып</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <source>Data &amp;sources…</source>
            <translation>Деректер &amp;көздері…</translation>
        </message>
        <message>
            <source>&amp;About kzeuviewer</source>
            <translation>kzeuviewer &amp;туралы</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Тіл</translation>
        </message>
        <message>
            <source>&amp;Undo {step}</source>
            <translation>&amp;Болдырмау: {step}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <source>&amp;Redo {step}</source>
            <translation>&amp;Қайталау: {step}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Қайталау</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Жүйелік</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Ашық</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Күңгірт</translation>
        </message>
        <message>
            <source>No recent datasets</source>
            <translation>Соңғы деректер жиындары жоқ</translation>
        </message>
        <message>
            <source>Dataset problems</source>
            <translation>Деректер жиынының ақаулары</translation>
        </message>
        <message>
            <source>Dataset: bundled</source>
            <translation>Деректер жиыны: кірістірілген</translation>
        </message>
        <message>
            <source>Dataset: {name}</source>
            <translation>Деректер жиыны: {name}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln events</source>
            <translation>
                <numerusform>%Ln оқиға</numerusform>
                <numerusform>%Ln оқиға</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln адам</numerusform>
                <numerusform>%Ln адам</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln awards</source>
            <translation>
                <numerusform>%Ln марапат</numerusform>
                <numerusform>%Ln марапат</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln trade figures</source>
            <translation>
                <numerusform>%Ln сауда көрсеткіші</numerusform>
                <numerusform>%Ln сауда көрсеткіші</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sources</source>
            <translation>
                <numerusform>%Ln дереккөз</numerusform>
                <numerusform>%Ln дереккөз</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems</source>
            <translation>Ақау жоқ</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %Ln problems</source>
            <translation>
                <numerusform>⚠ %Ln ақау</numerusform>
                <numerusform>⚠ %Ln ақау</numerusform>
            </translation>
        </message>
        <message>
            <source>bundled dataset</source>
            <translation>кірістірілген деректер жиыны</translation>
        </message>
        <message>
            <source>Kazakhstan–EU relations — {name}</source>
            <translation>Қазақстан–ЕО қатынастары — {name}</translation>
        </message>
        <message>
            <source>About kzeuviewer</source>
            <translation>kzeuviewer туралы</translation>
        </message>
        <message>
            <source>&lt;p&gt;Relations between Kazakhstan and the European Union: meetings, people and awards, trade and investment — every fact with its source.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Қазақстан мен Еуропалық одақ қатынастары: кездесулер, адамдар мен марапаттар, сауда және инвестициялар — әр дерек өз дереккөзімен.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Dataset: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;Деректер жиыны: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Licence: MIT. Data: see Help ▸ Data sources for each source's publisher.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Лицензия: MIT. Деректер: әр дереккөздің жариялаушысы — Анықтама ▸ Деректер көздері мәзірінде.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>Көріністі сақтау</translation>
        </message>
        <message>
            <source>kzeuviewer view</source>
            <translation>kzeuviewer көрінісі</translation>
        </message>
        <message>
            <source>View not saved</source>
            <translation>Көрініс сақталмады</translation>
        </message>
        <message>
            <source>Saved the view to {path}</source>
            <translation>Көрініс {path} файлына сақталды</translation>
        </message>
        <message>
            <source>Open view</source>
            <translation>Көріністі ашу</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Барлық файлдар</translation>
        </message>
        <message>
            <source>View not opened</source>
            <translation>Көрініс ашылмады</translation>
        </message>
        <message>
            <source>The current view is unchanged.</source>
            <translation>Ағымдағы көрініс өзгерген жоқ.</translation>
        </message>
        <message>
            <source>The view's dataset folder {folder} is gone: choose its new place</source>
            <translation>Көріністің деректер жиыны қалтасы {folder} жоқ: оның жаңа орнын таңдаңыз</translation>
        </message>
        <message>
            <source>View not opened: its dataset folder is gone.</source>
            <translation>Көрініс ашылмады: оның деректер жиыны қалтасы жоқ.</translation>
        </message>
        <message>
            <source>Opened the view {name}</source>
            <translation>{name} көрінісі ашылды</translation>
        </message>
        <message>
            <source>Part of the view was left out</source>
            <translation>Көріністің бір бөлігі қолданылмады</translation>
        </message>
        <message>
            <source>The view was opened, but some of it does not fit the current dataset.</source>
            <translation>Көрініс ашылды, бірақ оның бір бөлігі ағымдағы деректер жиынына сәйкес келмейді.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Басылмады</translation>
        </message>
        <message numerus="yes">
            <source>Printed %n pages</source>
            <translation>
                <numerusform>%n бет басылды</numerusform>
                <numerusform>%n бет басылды</numerusform>
            </translation>
        </message>
        <message>
            <source>Open dataset folder</source>
            <translation>Деректер жиыны қалтасын ашу</translation>
        </message>
        <message>
            <source>Loading dataset…</source>
            <translation>Деректер жиыны жүктелуде…</translation>
        </message>
        <message>
            <source>The dataset was not opened; the current one is still loaded.</source>
            <translation>Деректер жиыны ашылмады; ағымдағысы әлі жүктеулі.</translation>
        </message>
        <message>
            <source>Dataset not opened</source>
            <translation>Деректер жиыны ашылмады</translation>
        </message>
        <message>
            <source>The dataset at {path} cannot be opened ({summary}). The current dataset is still loaded.</source>
            <translation>{path} ішіндегі деректер жиынын ашу мүмкін емес ({summary}). Ағымдағы жиын әлі жүктеулі.</translation>
        </message>
        <message>
            <source>The dataset at {path} cannot be opened: {error}</source>
            <translation>{path} ішіндегі деректер жиынын ашу мүмкін емес: {error}</translation>
        </message>
        <message>
            <source>Reloaded {path}</source>
            <translation>Қайта жүктелді: {path}</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>Ашылды: {path}</translation>
        </message>
        <message numerus="yes">
            <source> — %Ln rows skipped or warnings; see the problems counter</source>
            <translation>
                <numerusform> — %Ln жол өткізілді немесе ескерту; ақаулар санауышын қараңыз</numerusform>
                <numerusform> — %Ln жол өткізілді немесе ескерту; ақаулар санауышын қараңыз</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>Search people and awards</source>
            <translation>Адамдар мен марапаттарды іздеу</translation>
        </message>
        <message>
            <source>Search names, roles, organisations, awards, events…  (Ctrl+F)</source>
            <translation>Аттар, лауазымдар, ұйымдар, марапаттар, оқиғалар бойынша іздеу…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Searches the shown columns as you type; ignores case and accents</source>
            <translation>Көрсетілген бағандардан теру барысында іздейді; регистр мен диакритиканы ескермейді</translation>
        </message>
        <message>
            <source>Search with a regular expression</source>
            <translation>Тұрақты өрнекпен іздеу</translation>
        </message>
        <message>
            <source>Regular expression search</source>
            <translation>Тұрақты өрнекпен іздеу</translation>
        </message>
        <message>
            <source>Rows shown</source>
            <translation>Көрсетілген жолдар</translation>
        </message>
        <message>
            <source>Columns the search matched out of view</source>
            <translation>Көрінбейтін, сәйкестік табылған бағандар</translation>
        </message>
        <message>
            <source>Choose columns</source>
            <translation>Бағандарды таңдау</translation>
        </message>
        <message>
            <source>Columns ▾</source>
            <translation>Бағандар ▾</translation>
        </message>
        <message>
            <source>Hide, show or reset columns (also: right-click a column header)</source>
            <translation>Бағандарды жасыру, көрсету немесе қалпына келтіру (сондай-ақ: тақырыпты оң жақпен шерту)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорттау…</translation>
        </message>
        <message>
            <source>Export the table as shown</source>
            <translation>Кестені көрсетілгендей экспорттау</translation>
        </message>
        <message>
            <source>Export the rows and columns as shown to CSV or Excel (Ctrl+E)</source>
            <translation>Көрсетілген жолдар мен бағандарды CSV немесе Excel-ге экспорттау (Ctrl+E)</translation>
        </message>
        <message>
            <source>Search error</source>
            <translation>Іздеу қатесі</translation>
        </message>
        <message>
            <source>People and awards</source>
            <translation>Адамдар мен марапаттар</translation>
        </message>
        <message>
            <source>Nothing matches</source>
            <translation>Сәйкестік жоқ</translation>
        </message>
        <message>
            <source>people: no column {column!r} to filter on</source>
            <translation>адамдар: сүзу үшін {column!r} бағаны жоқ</translation>
        </message>
        <message>
            <source>people: no column {column!r} to sort by</source>
            <translation>адамдар: сұрыптау үшін {column!r} бағаны жоқ</translation>
        </message>
        <message>
            <source>sort by {columns}</source>
            <translation>сұрыптау: {columns}</translation>
        </message>
        <message>
            <source>unsorted</source>
            <translation>сұрыптаусыз</translation>
        </message>
        <message>
            <source>filter on {columns}</source>
            <translation>сүзгі: {columns}</translation>
        </message>
        <message>
            <source>clear filters</source>
            <translation>сүзгілерді алып тастау</translation>
        </message>
        <message>
            <source>Export people and awards</source>
            <translation>Адамдар мен марапаттарды экспорттау</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV файлы</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel кітабы</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Экспортталуда…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Экспорт сәтсіз аяқталды</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln rows to {path}</source>
            <translation>
                <numerusform>{path} файлына %Ln жол экспортталды</numerusform>
                <numerusform>{path} файлына %Ln жол экспортталды</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot export {name}: no dataset is loaded</source>
            <translation>{name} экспорттау мүмкін емес: деректер жиыны жүктелмеген</translation>
        </message>
        <message>
            <source>Preparing the search…</source>
            <translation>Іздеуді дайындау…</translation>
        </message>
        <message>
            <source>Preparing the table</source>
            <translation>Кестені дайындау</translation>
        </message>
        <message>
            <source>Preparing the sort…</source>
            <translation>Сұрыптауды дайындау…</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln rows</source>
            <translation>
                <numerusform>%Ln жолдың {shown}</numerusform>
                <numerusform>%Ln жолдың {shown}</numerusform>
            </translation>
        </message>
        <message>
            <source>matched in: {columns}</source>
            <translation>табылған бағандар: {columns}</translation>
        </message>
        <message>
            <source>No people match {search} with the filters set.</source>
            <translation>Қойылған сүзгілермен {search} бойынша ешкім табылмады.</translation>
        </message>
        <message>
            <source>No people match {search}.</source>
            <translation>{search} бойынша ешкім табылмады.</translation>
        </message>
        <message>
            <source>No people match the filters set.</source>
            <translation>Қойылған сүзгілерге ешкім сәйкес келмейді.</translation>
        </message>
        <message>
            <source>No people match.</source>
            <translation>Ешкім табылмады.</translation>
        </message>
    </context>
    <context>
        <name>PersonDetails</name>
        <message>
            <source>{award}, {degree} degree</source>
            <translation>{award}, {degree} дәрежелі</translation>
        </message>
        <message>
            <source>Roles and awards of the selected person, with sources</source>
            <translation>Таңдалған адамның лауазымдары мен марапаттары, дереккөздерімен</translation>
        </message>
        <message>
            <source>Events the selected person attended; click one to show it in the timeline</source>
            <translation>Таңдалған адам қатысқан оқиғалар; хронологияда көрсету үшін шертіңіз</translation>
        </message>
        <message>
            <source>Click an event to select it and show it in the Timeline</source>
            <translation>Оқиғаны таңдап, хронологияда көрсету үшін шертіңіз</translation>
        </message>
        <message>
            <source>Events attended</source>
            <translation>Қатысқан оқиғалары</translation>
        </message>
        <message>
            <source>No person selected</source>
            <translation>Ешкім таңдалмаған</translation>
        </message>
        <message>
            <source>Select a row to see the person's roles, awards with their sources, and the meetings they attended.</source>
            <translation>Адамның лауазымдарын, дереккөздері бар марапаттарын және қатысқан кездесулерін көру үшін жолды таңдаңыз.</translation>
        </message>
        <message numerus="yes">
            <source>1 of %Ln selected people (the current row).</source>
            <translation>
                <numerusform>Таңдалған %Ln адамның 1-і (ағымдағы жол).</numerusform>
                <numerusform>Таңдалған %Ln адамның 1-і (ағымдағы жол).</numerusform>
            </translation>
        </message>
        <message>
            <source>Selected, but the search or a filter hides this person's rows.</source>
            <translation>Таңдалған, бірақ іздеу немесе сүзгі бұл адамның жолдарын жасырады.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <source>role not given</source>
            <translation>лауазымы көрсетілмеген</translation>
        </message>
        <message>
            <source>Side:</source>
            <translation>Тарап:</translation>
        </message>
        <message>
            <source>Awards ({count})</source>
            <translation>Марапаттар ({count})</translation>
        </message>
        <message>
            <source>No award from Kazakhstan in the dataset.</source>
            <translation>Деректер жиынында Қазақстан марапаттары жоқ.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Conferred by</source>
            <translation>Кім табыстады</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Оқиға</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Сенімділік</translation>
        </message>
        <message>
            <source>Click to show it in the Timeline</source>
            <translation>Хронологияда көрсету үшін шертіңіз</translation>
        </message>
        <message>
            <source>Events attended ({count})</source>
            <translation>Қатысқан оқиғалары ({count})</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>The printer could not be opened</source>
            <translation>Принтерді ашу мүмкін болмады</translation>
        </message>
        <message>
            <source>There is no table to print</source>
            <translation>Басып шығаратын кесте жоқ</translation>
        </message>
        <message>
            <source>{title} — page {page} of {pages}</source>
            <translation>{title} — {page}/{pages} бет</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>{encoding} (little-endian)</source>
            <translation>{encoding} (little-endian)</translation>
        </message>
        <message>
            <source>{encoding} (big-endian)</source>
            <translation>{encoding} (big-endian)</translation>
        </message>
        <message>
            <source>the file starts like {encoding} but cannot be decoded as {encoding}; save it as UTF-8</source>
            <translation>файл {encoding} сияқты басталады, бірақ {encoding} ретінде декодталмайды; оны UTF-8 түрінде сақтаңыз</translation>
        </message>
        <message>
            <source>the file looks like {encoding} text without a byte-order mark; save it as UTF-8</source>
            <translation>файл байт реті белгісі жоқ {encoding} мәтініне ұқсайды; оны UTF-8 түрінде сақтаңыз</translation>
        </message>
        <message>
            <source>the file is not CSV text (it contains NUL bytes)</source>
            <translation>файл CSV мәтіні емес (онда NUL байттары бар)</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte {byte} cannot be decoded); save it as UTF-8</source>
            <translation>UTF-8 мәтіні емес ({byte} байты декодталмайды); файлды UTF-8 түрінде сақтаңыз</translation>
        </message>
        <message>
            <source>column {number}</source>
            <translation>{number}-баған</translation>
        </message>
        <message>
            <source>has no name but holds values (first on line {line}); give it a name</source>
            <translation>атауы жоқ, бірақ мәндері бар (біріншісі {line}-жолда); оған атау беріңіз</translation>
        </message>
        <message>
            <source>the header ends with a comma: a column without name or values; ignored</source>
            <translation>тақырып үтірмен аяқталады: атауы да, мәндері де жоқ баған; еленбеді</translation>
        </message>
        <message>
            <source>a column without name or values; ignored</source>
            <translation>атауы да, мәндері де жоқ баған; еленбеді</translation>
        </message>
        <message>
            <source>columns {first} and {second} are both named {name}; rename or remove one</source>
            <translation>{first}- және {second}-бағандардың екеуі де {name} деп аталады; біреуінің атауын өзгертіңіз немесе жойыңыз</translation>
        </message>
        <message>
            <source>a quoted cell is never closed: its opening " has no closing " before the end of the file</source>
            <translation>тырнақшадағы ұяшық жабылмаған: ашатын " белгісінің файл соңына дейін жабатын " белгісі жоқ</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>FIFO (атаулы арна)</translation>
        </message>
        <message>
            <source>a character device</source>
            <translation>символдық құрылғы</translation>
        </message>
        <message>
            <source>a block device</source>
            <translation>блоктық құрылғы</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>сокет</translation>
        </message>
        <message>
            <source>the file is missing</source>
            <translation>файл жоқ</translation>
        </message>
        <message>
            <source>this is a folder, not a file</source>
            <translation>бұл файл емес, бума</translation>
        </message>
        <message>
            <source>the file cannot be read: {reason}</source>
            <translation>файлды оқу мүмкін емес: {reason}</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>кәдімгі файл емес</translation>
        </message>
        <message>
            <source>this is {kind}, not a regular file; a dataset file must be a plain file</source>
            <translation>бұл кәдімгі файл емес, {kind}; деректер жиынының файлы кәдімгі файл болуы керек</translation>
        </message>
        <message>
            <source>the file is larger than {limit} bytes, the most a dataset file may have</source>
            <translation>файл {limit} байттан үлкен, бұл — деректер жиыны файлының ең үлкен өлшемі</translation>
        </message>
        <message>
            <source>the file is empty (a header row is required)</source>
            <translation>файл бос (тақырып жолы қажет)</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text; save it as UTF-8</source>
            <translation>файл UTF-8 мәтіні емес; оны UTF-8 түрінде сақтаңыз</translation>
        </message>
        <message>
            <source>the file is not readable as CSV: {reason}</source>
            <translation>файл CSV ретінде оқылмайды: {reason}</translation>
        </message>
        <message>
            <source>the first row has {fields} fields but the header names {columns} columns; name every column in the header (or remove the extra comma from the rows)</source>
            <translation>бірінші жолда {fields} өріс бар, ал тақырыпта {columns} баған аталған; тақырыпта әр бағанға атау беріңіз (немесе жолдардан артық үтірді алып тастаңыз)</translation>
        </message>
        <message>
            <source>expected {expected} fields, found {seen}; row skipped</source>
            <translation>{expected} өріс күтілді, {seen} табылды; жол өткізілді</translation>
        </message>
        <message>
            <source>required column is missing</source>
            <translation>міндетті баған жоқ</translation>
        </message>
        <message>
            <source>the header cell {cell} would be this column without its invisible character; remove it</source>
            <translation>{cell} тақырып ұяшығы көрінбейтін таңбасыз осы баған болар еді; сол таңбаны жойыңыз</translation>
        </message>
        <message>
            <source>column is not part of the format; kept as extra</source>
            <translation>баған пішімге кірмейді; қосымша ретінде сақталды</translation>
        </message>
        <message>
            <source>{value} is not a number (write digits as 0-9, not full-width or other digits)</source>
            <translation>{value} сан емес (цифрларды толық енді немесе басқа цифрлармен емес, 0-9 түрінде жазыңыз)</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} сан емес</translation>
        </message>
        <message>
            <source>a money unit</source>
            <translation>ақша бірлігі</translation>
        </message>
        <message>
            <source>'{percent}' or a money unit</source>
            <translation>«{percent}» немесе ақша бірлігі</translation>
        </message>
        <message>
            <source>{value} is not {what} (currency {currencies}, optional scale {scales})</source>
            <translation>{value} {what} емес (валюта: {currencies}, қосымша масштаб: {scales})</translation>
        </message>
        <message>
            <source>{value} is not a year (a whole number from {first} to {last})</source>
            <translation>{value} жыл емес ({first} мен {last} аралығындағы бүтін сан)</translation>
        </message>
        <message>
            <source>{value} is not a finite number</source>
            <translation>{value} шекті сан емес</translation>
        </message>
        <message>
            <source>{value} is outside the plausible range (at most {limit} in the currency's units or in %)</source>
            <translation>{value} ақылға қонымды аралықтан тыс (валюта бірлігінде немесе %-пен ең көбі {limit})</translation>
        </message>
        <message>
            <source>one of: {values}</source>
            <translation>{values} мәндерінің бірі</translation>
        </message>
        <message>
            <source>one of the {number} documented values of {column} (data/README.md)</source>
            <translation>data/README.md сипаттаған {column} бағанының {number} мәнінің бірі</translation>
        </message>
        <message>
            <source>{value} is not {choices}</source>
            <translation>{value} {choices} емес</translation>
        </message>
        <message>
            <source>end date {end} is before the start date {start}</source>
            <translation>аяқталу күні {end} басталу күнінен ({start}) бұрын</translation>
        </message>
        <message>
            <source>a value is required</source>
            <translation>мән міндетті</translation>
        </message>
        <message>
            <source>duplicate id {id} (first on line {line})</source>
            <translation>қайталанған идентификатор {id} (алғаш {line}-жолда)</translation>
        </message>
        <message>
            <source>{value} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>{value} күн емес (ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК түрін қолданыңыз)</translation>
        </message>
        <message>
            <source>{value} is outside the supported dates (years {first} to {last})</source>
            <translation>{value} қолдау көрсетілетін күндерден тыс ({first}–{last} жылдар)</translation>
        </message>
        <message>
            <source>unknown {column} {value} (not in {table})</source>
            <translation>белгісіз {column} {value} ({table} ішінде жоқ)</translation>
        </message>
        <message>
            <source>unknown source id {ids}</source>
            <translation>белгісіз дереккөз идентификаторы {ids}</translation>
        </message>
        <message>
            <source>folder does not exist</source>
            <translation>бума жоқ</translation>
        </message>
        <message>
            <source>is not a folder</source>
            <translation>бума емес</translation>
        </message>
        <message numerus="yes">
            <source>%Ln fatal problems</source>
            <translation>
                <numerusform>%Ln шешуші ақау</numerusform>
                <numerusform>%Ln шешуші ақау</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot load the dataset at {path} ({summary}):</source>
            <translation>{path} ішіндегі деректер жиынын жүктеу мүмкін емес ({summary}):</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Dataset problems</source>
            <translation>Деректер жиынының ақаулары</translation>
        </message>
        <message numerus="yes">
            <source>%n problems in &lt;code&gt;{path}&lt;/code&gt;:</source>
            <translation>
                <numerusform>&lt;code&gt;{path}&lt;/code&gt; ішінде %n ақау:</numerusform>
                <numerusform>&lt;code&gt;{path}&lt;/code&gt; ішінде %n ақау:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows were skipped,</source>
            <translation>
                <numerusform>%n жол өткізілді,</numerusform>
                <numerusform>%n жол өткізілді,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings changed nothing.</source>
            <translation>
                <numerusform>%n ескерту ештеңені өзгертпеді.</numerusform>
                <numerusform>%n ескерту ештеңені өзгертпеді.</numerusform>
            </translation>
        </message>
        <message>
            <source>Filter problems…</source>
            <translation>Ақауларды сүзу…</translation>
        </message>
        <message>
            <source>Filter problems</source>
            <translation>Ақауларды сүзу</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Ақаулар</translation>
        </message>
    </context>
    <context>
        <name>Series</name>
        <message>
            <source>Exports</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Тауар айналымы</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Баланс</translation>
        </message>
        <message>
            <source>Exports growth</source>
            <translation>Экспорт өсімі</translation>
        </message>
        <message>
            <source>Imports growth</source>
            <translation>Импорт өсімі</translation>
        </message>
        <message>
            <source>Turnover growth</source>
            <translation>Тауар айналымы өсімі</translation>
        </message>
        <message>
            <source>Balance (exports − imports)</source>
            <translation>Баланс (экспорт − импорт)</translation>
        </message>
        <message>
            <source>EU exports to Kazakhstan</source>
            <translation>ЕО-ның Қазақстанға экспорты</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>Title supplied by the dataset; the source has none.</source>
            <translation>Атауын деректер жиыны берген; дереккөзде атау жоқ.</translation>
        </message>
    </context>
    <context>
        <name>SourcesDialog</name>
        <message>
            <source>Data sources — {name}</source>
            <translation>Деректер көздері — {name}</translation>
        </message>
        <message>
            <source>Search sources…</source>
            <translation>Дереккөздерді іздеу…</translation>
        </message>
        <message>
            <source>Search sources</source>
            <translation>Дереккөздерді іздеу</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Дереккөздер</translation>
        </message>
        <message>
            <source>Double-click a row to open its link in the browser. A title in [brackets] is supplied by the dataset: the source has none.</source>
            <translation>Сілтемені браузерде ашу үшін жолды екі рет шертіңіз. [Жақшадағы] атауды деректер жиыны берген: дереккөзде атау жоқ.</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln sources</source>
            <translation>
                <numerusform>%Ln дереккөздің {shown}</numerusform>
                <numerusform>%Ln дереккөздің {shown}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SystemErrors</name>
        <message>
            <source>Permission denied</source>
            <translation>Рұқсат жоқ</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>Мұндай файл немесе каталог жоқ</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>Құрылғыда бос орын қалмады</translation>
        </message>
        <message>
            <source>Read-only file system</source>
            <translation>Файлдық жүйе тек оқуға арналған</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>Бұл каталог</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>Бұл каталог емес</translation>
        </message>
        <message>
            <source>File exists</source>
            <translation>Файл бұрыннан бар</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>Файл атауы тым ұзын</translation>
        </message>
        <message>
            <source>Disk quota exceeded</source>
            <translation>Дискілік квота асып кетті</translation>
        </message>
        <message>
            <source>Input/output error</source>
            <translation>Енгізу-шығару қатесі</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Әрекетке рұқсат жоқ</translation>
        </message>
        <message>
            <source>Too many levels of symbolic links</source>
            <translation>Символдық сілтемелер деңгейі тым көп</translation>
        </message>
        <message>
            <source>File too large</source>
            <translation>Файл тым үлкен</translation>
        </message>
        <message>
            <source>Device or resource busy</source>
            <translation>Құрылғы немесе ресурс бос емес</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Тарап</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>Марапат</translation>
        </message>
        <message>
            <source>Degree</source>
            <translation>Дәрежесі</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Conferred by</source>
            <translation>Кім табыстады</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Сенімділік</translation>
        </message>
        <message>
            <source>Linked event</source>
            <translation>Байланысты оқиға</translation>
        </message>
        <message>
            <source>Events attended</source>
            <translation>Қатысқан оқиғалар</translation>
        </message>
        <message>
            <source>Also written</source>
            <translation>Басқаша жазылуы</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Аяқталу күні</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Орны</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Қатысушылар</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Қысқаша</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Дереккөздер</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Қатар</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Жыл</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Ағын</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Мәні</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Бірлік</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Есеп беруші</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Серіктес</translation>
        </message>
        <message>
            <source>Partner scope</source>
            <translation>Серіктес құрамы</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>Нақтылау</translation>
        </message>
        <message>
            <source>Derived</source>
            <translation>Есептелген</translation>
        </message>
        <message>
            <source>Stated by</source>
            <translation>Кім мәлімдеді</translation>
        </message>
        <message>
            <source>Source titles</source>
            <translation>Дереккөз атаулары</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Дәйексөз</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Коды</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Жариялаушы</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Жарияланды</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Сілтеме</translation>
        </message>
        <message>
            <source>Not exact because</source>
            <translation>Нақты емес, себебі</translation>
        </message>
        <message>
            <source>Reporters</source>
            <translation>Есеп берушілер</translation>
        </message>
        <message>
            <source>EU scope</source>
            <translation>ЕО құрамы</translation>
        </message>
        <message>
            <source>Data rows</source>
            <translation>Деректер жолдары</translation>
        </message>
        <message>
            <source>Invalid pattern: {error}</source>
            <translation>Үлгі қате: {error}</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <source>People &amp; awards</source>
            <translation>Адамдар мен марапаттар</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Сауда</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>Search events</source>
            <translation>Оқиғаларды іздеу</translation>
        </message>
        <message>
            <source>Search titles, summaries, places and people…</source>
            <translation>Атаулар, сипаттамалар, орындар және адамдар бойынша іздеу…</translation>
        </message>
        <message>
            <source>Number of events shown</source>
            <translation>Көрсетілген оқиғалар саны</translation>
        </message>
        <message>
            <source>First year shown</source>
            <translation>Көрсетілген бірінші жыл</translation>
        </message>
        <message>
            <source>Last year shown</source>
            <translation>Көрсетілген соңғы жыл</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Жылдар</translation>
        </message>
        <message>
            <source>Zoom out (−)</source>
            <translation>Кішірейту (−)</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>Үлкейту (+)</translation>
        </message>
        <message>
            <source>Fit all</source>
            <translation>Барлығын көрсету</translation>
        </message>
        <message>
            <source>Fit all events (Home)</source>
            <translation>Барлық оқиғаларды көрсету (Home)</translation>
        </message>
        <message>
            <source>Show every event (Home)</source>
            <translation>Барлық оқиғаларды көрсету (Home)</translation>
        </message>
        <message>
            <source>Show {kinds}</source>
            <translation>Көрсету: {kinds}</translation>
        </message>
        <message>
            <source>Show {kinds} on the timeline and in the list</source>
            <translation>Хронологияда және тізімде көрсету: {kinds}</translation>
        </message>
        <message>
            <source>Highlighted events</source>
            <translation>Белгіленген оқиғалар</translation>
        </message>
        <message>
            <source>Clear highlight</source>
            <translation>Белгілеуді алып тастау</translation>
        </message>
        <message>
            <source>Clear the highlight of selected people and years</source>
            <translation>Таңдалған адамдар мен жылдардың белгілеуін алып тастау</translation>
        </message>
        <message>
            <source>Events list</source>
            <translation>Оқиғалар тізімі</translation>
        </message>
        <message>
            <source>Preparing the list</source>
            <translation>Тізімді дайындау</translation>
        </message>
        <message>
            <source>timeline: there is no kind of event {kind!r}</source>
            <translation>хронология: {kind!r} оқиға түрі жоқ</translation>
        </message>
        <message>
            <source>zoom</source>
            <translation>масштаб</translation>
        </message>
        <message>
            <source>fit all</source>
            <translation>барлығын көрсету</translation>
        </message>
        <message>
            <source>Kazakhstan–EU relations: no events</source>
            <translation>Қазақстан–ЕО қатынастары: оқиғалар жоқ</translation>
        </message>
        <message>
            <source>Cannot write {path}: no dataset is open</source>
            <translation>{path} жазу мүмкін емес: деректер жиыны ашылмаған</translation>
        </message>
        <message numerus="yes">
            <source>Preparing the list of %Ln events…</source>
            <translation>
                <numerusform>%Ln оқиғаның тізімі дайындалуда…</numerusform>
                <numerusform>%Ln оқиғаның тізімі дайындалуда…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preparing the search of %Ln titles…</source>
            <translation>
                <numerusform>%Ln атау бойынша іздеу дайындалуда…</numerusform>
                <numerusform>%Ln атау бойынша іздеу дайындалуда…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events</source>
            <translation>
                <numerusform>%Ln оқиға</numerusform>
                <numerusform>%Ln оқиға</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln events</source>
            <translation>
                <numerusform>%Ln оқиғаның {shown}</numerusform>
                <numerusform>%Ln оқиғаның {shown}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> және тағы %n</numerusform>
                <numerusform> және тағы %n</numerusform>
            </translation>
        </message>
        <message>
            <source>with {names}</source>
            <translation>қатысушылар: {names}</translation>
        </message>
        <message>
            <source>in {years}</source>
            <translation>{years} жылы</translation>
        </message>
        <message numerus="yes">
            <source>%n events highlighted: {reasons}</source>
            <translation>
                <numerusform>%n оқиға белгіленді: {reasons}</numerusform>
                <numerusform>%n оқиға белгіленді: {reasons}</numerusform>
            </translation>
        </message>
        <message>
            <source> or </source>
            <translation> немесе </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>No events match the search and filters.</source>
            <translation>Іздеу мен сүзгілерге бірде-бір оқиға сәйкес келмейді.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Events in lanes by kind on a date axis. Left and Right step through events, plus and minus zoom, Home fits all, Enter shows the details.</source>
            <translation>Күн осіндегі түрлері бойынша жолақтардағы оқиғалар. Солға және Оңға — оқиғалар бойынша жүру, плюс пен минус — масштаб, Home — барлығын көрсету, Enter — толығырақ.</translation>
        </message>
        <message>
            <source> (month only)</source>
            <translation> (тек айы)</translation>
        </message>
        <message>
            <source> (year only)</source>
            <translation> (тек жылы)</translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n оқиға</numerusform>
                <numerusform>%n оқиға</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to zoom in</source>
            <translation>Үлкейту үшін басыңыз</translation>
        </message>
        <message numerus="yes">
            <source>%Ln events in view, drawn as their density: zoom in to see each one</source>
            <translation>
                <numerusform>Көріністе %Ln оқиға, тығыздық ретінде көрсетілген: әрқайсысын көру үшін үлкейтіңіз</numerusform>
                <numerusform>Көріністе %Ln оқиға, тығыздық ретінде көрсетілген: әрқайсысын көру үшін үлкейтіңіз</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{drawn} of %n titles shown: zoom in or hover for the others</source>
            <translation>
                <numerusform>%n атаудың {drawn}: үлкейтіңіз не меңзерді апарыңыз</numerusform>
                <numerusform>%n атаудың {drawn}: үлкейтіңіз не меңзерді апарыңыз</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TradePlot</name>
        <message>
            <source> (hidden)</source>
            <translation> (жасырылған)</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>жинақталған</translation>
        </message>
        <message>
            <source>as stated</source>
            <translation>мәлімделгендей</translation>
        </message>
        <message>
            <source>{text} {reported}/{members} reporting</source>
            <translation>{text} есеп берді {reported}/{members}</translation>
        </message>
        <message>
            <source> (lower panel)</source>
            <translation> (төменгі панель)</translation>
        </message>
        <message>
            <source>Trade chart</source>
            <translation>Сауда диаграммасы</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Жыл</translation>
        </message>
        <message>
            <source>as published: {value} {unit}</source>
            <translation>жарияланғандай: {value} {unit}</translation>
        </message>
        <message>
            <source>reporters: {reported} of {members}</source>
            <translation>есеп бергендер: {members} ішінен {reported}</translation>
        </message>
        <message>
            <source>derived: {how}</source>
            <translation>есептелген: {how}</translation>
        </message>
        <message>
            <source>stated by {who}</source>
            <translation>мәлімдеген: {who}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Ескертпе: {note}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Дереккөз: {source}</translation>
        </message>
    </context>
    <context>
        <name>TradeTab</name>
        <message>
            <source>Chart</source>
            <translation>Диаграмма</translation>
        </message>
        <message>
            <source>Publisher series</source>
            <translation>Жариялаушы қатары</translation>
        </message>
        <message>
            <source>Which publisher's series to show (publisher and EU scope)</source>
            <translation>Қай жариялаушының қатарын көрсету (жариялаушы және ЕО құрамы)</translation>
        </message>
        <message>
            <source>First year</source>
            <translation>Бірінші жыл</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Соңғы жыл</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>Лог. шкала</translation>
        </message>
        <message>
            <source>Logarithmic value axis</source>
            <translation>Мәндердің логарифмдік осі</translation>
        </message>
        <message>
            <source>Reset zoom</source>
            <translation>Масштабты қалпына келтіру</translation>
        </message>
        <message>
            <source>Show every year of the chart</source>
            <translation>Диаграмманың барлық жылдарын көрсету</translation>
        </message>
        <message>
            <source>Chart:</source>
            <translation>Диаграмма:</translation>
        </message>
        <message>
            <source>Series:</source>
            <translation>Қатар:</translation>
        </message>
        <message>
            <source>Years:</source>
            <translation>Жылдар:</translation>
        </message>
        <message>
            <source>Chart title</source>
            <translation>Диаграмма тақырыбы</translation>
        </message>
        <message>
            <source>Filter the table…</source>
            <translation>Кестені сүзу…</translation>
        </message>
        <message>
            <source>Filter the chart's data table</source>
            <translation>Диаграмма деректер кестесін сүзу</translation>
        </message>
        <message>
            <source>Data points of the chart</source>
            <translation>Диаграмманың деректер нүктелері</translation>
        </message>
        <message>
            <source>Rows no chart shows</source>
            <translation>Ешбір диаграммада жоқ жолдар</translation>
        </message>
        <message numerus="yes">
            <source>%n trade and indicator rows of this dataset appear in no chart. Hover here to see which and why.</source>
            <translation>
                <numerusform>Осы деректер жиынындағы сауда мен көрсеткіштер жолдарының %n жолы ешбір диаграммада көрсетілмейді. Қайсысы және неге екенін көру үшін меңзерді осында апарыңыз.</numerusform>
                <numerusform>Осы деректер жиынындағы сауда мен көрсеткіштер жолдарының %n жолы ешбір диаграммада көрсетілмейді. Қайсысы және неге екенін көру үшін меңзерді осында апарыңыз.</numerusform>
            </translation>
        </message>
        <message>
            <source>Chart not copied</source>
            <translation>Диаграмма көшірілмеді</translation>
        </message>
        <message>
            <source>Cannot write {name}: there is no chart to export</source>
            <translation>{name} жазу мүмкін емес: экспорттайтын диаграмма жоқ</translation>
        </message>
        <message>
            <source>This chart cannot be drawn from the current dataset: {error}</source>
            <translation>Бұл диаграмманы ағымдағы деректер жиынынан салу мүмкін емес: {error}</translation>
        </message>
        <message>
            <source>Not for bars, zero or negative values</source>
            <translation>Бағандар, нөлдік немесе теріс мәндер үшін емес</translation>
        </message>
        <message>
            <source>trade table: no column {column!r} to sort by</source>
            <translation>сауда кестесі: сұрыптау үшін {column!r} бағаны жоқ</translation>
        </message>
        <message>
            <source>trade: there is no chart {chart!r}; showing {default!r}</source>
            <translation>сауда: {chart!r} диаграммасы жоқ; {default!r} көрсетілді</translation>
        </message>
        <message>
            <source>trade: the chart has no series {series!r} in this dataset</source>
            <translation>сауда: бұл деректер жиынында диаграммада {series!r} қатары жоқ</translation>
        </message>
        <message>
            <source>chart “{title}”</source>
            <translation>«{title}» диаграммасы</translation>
        </message>
        <message>
            <source>sort by {columns}</source>
            <translation>сұрыптау: {columns}</translation>
        </message>
        <message>
            <source>unsorted</source>
            <translation>сұрыптаусыз</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln points</source>
            <translation>
                <numerusform>%Ln нүктенің {shown}</numerusform>
                <numerusform>%Ln нүктенің {shown}</numerusform>
            </translation>
        </message>
        <message>
            <source>matched in: {columns}</source>
            <translation>табылған бағандар: {columns}</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <source>USD billion</source>
            <translation>млрд USD</translation>
        </message>
        <message>
            <source>EUR billion</source>
            <translation>млрд EUR</translation>
        </message>
        <message>
            <source>KZT billion</source>
            <translation>млрд KZT</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message numerus="yes">
            <source>selection: %n selected ids are not in this dataset and were left out</source>
            <translation>
                <numerusform>таңдау: таңдалған %n идентификатор бұл деректер жиынында жоқ, олар алынып тасталды</numerusform>
                <numerusform>таңдау: таңдалған %n идентификатор бұл деректер жиынында жоқ, олар алынып тасталды</numerusform>
            </translation>
        </message>
        <message>
            <source>{where}: expected an object, found {kind}; left as it was</source>
            <translation>{where}: объект күтілді, {kind} табылды; бұрынғыдай қалдырылды</translation>
        </message>
        <message>
            <source>{where}: unknown setting, ignored</source>
            <translation>{where}: белгісіз баптау, еленбеді</translation>
        </message>
        <message>
            <source>expected an object of column: values</source>
            <translation>«баған: мәндер» түріндегі объект күтілді</translation>
        </message>
        <message>
            <source>expected a list or number, not text</source>
            <translation>мәтін емес, тізім немесе сан күтілді</translation>
        </message>
        <message>
            <source>{where}: {reason}; left as it was</source>
            <translation>{where}: {reason}; бұрынғыдай қалдырылды</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: мұндай файл жоқ</translation>
        </message>
        <message>
            <source>{path}: not a file</source>
            <translation>{path}: бұл файл емес</translation>
        </message>
        <message>
            <source>{path}: {size} bytes is far too large for a view file</source>
            <translation>{path}: {size} байт көрініс файлы үшін тым үлкен</translation>
        </message>
        <message>
            <source>{path}: cannot be read: {reason}</source>
            <translation>{path}: оқу мүмкін емес: {reason}</translation>
        </message>
        <message>
            <source>{path}: not UTF-8 text (byte {byte})</source>
            <translation>{path}: UTF-8 мәтіні емес ({byte}-байт)</translation>
        </message>
        <message>
            <source>{where}: not a view file: {reason}</source>
            <translation>{where}: көрініс файлы емес: {reason}</translation>
        </message>
        <message>
            <source>{path}: not a kzeuviewer view file (its format is {format})</source>
            <translation>{path}: kzeuviewer көрініс файлы емес (оның пішімі — {format})</translation>
        </message>
        <message>
            <source>{path}: the version {version} is not a version number</source>
            <translation>{path}: {version} нұсқасы нұсқа нөмірі емес</translation>
        </message>
        <message>
            <source>{path}: written by a newer kzeuviewer (view format {version}; this one reads {known})</source>
            <translation>{path}: kzeuviewer-дің жаңарақ нұсқасымен жазылған (көрініс пішімі {version}; бұл нұсқа {known} пішімін оқиды)</translation>
        </message>
        <message>
            <source>dataset: neither the bundled dataset nor a folder path; the current dataset is kept</source>
            <translation>деректер жиыны: кірістірілген жиын да, бума жолы да емес; ағымдағы деректер жиыны қалды</translation>
        </message>
        <message>
            <source>tab: {tab} is not one of {tabs}</source>
            <translation>қойынды: {tab} мыналардың бірі емес: {tabs}</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>selection: expected an object; nothing selected</source>
            <translation>таңдау: объект күтілді; ештеңе таңдалмады</translation>
        </message>
        <message>
            <source>{where}: expected a list of ids</source>
            <translation>{where}: идентификаторлар тізімі күтілді</translation>
        </message>
        <message>
            <source>selection.years: expected a list of whole years</source>
            <translation>selection.years: бүтін жылдар тізімі күтілді</translation>
        </message>
        <message>
            <source>{where}: expected text</source>
            <translation>{where}: мәтін күтілді</translation>
        </message>
    </context>
</TS>
