<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>App</name>
        <message>
            <source>Dataset not opened</source>
            <translation>Набор данных не открыт</translation>
        </message>
        <message>
            <source>The dataset at {path} cannot be opened; the bundled dataset is shown instead.</source>
            <translation>Набор данных в {path} открыть нельзя; вместо него показан встроенный набор.</translation>
        </message>
        <message>
            <source>Could not open {path}; showing the bundled dataset.</source>
            <translation>Не удалось открыть {path}; показан встроенный набор данных.</translation>
        </message>
        <message>
            <source>The last dataset ({path}) is gone; showing the bundled dataset.</source>
            <translation>Последнего набора данных ({path}) больше нет; показан встроенный набор.</translation>
        </message>
        <message>
            <source>The last dataset ({path}) cannot be opened; showing the bundled dataset.</source>
            <translation>Последний набор данных ({path}) открыть нельзя; показан встроенный набор.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Что-то пошло не так</translation>
        </message>
        <message>
            <source>The views were redrawn from the loaded data; nothing was lost.</source>
            <translation>Виды перерисованы по загруженным данным; ничего не потеряно.</translation>
        </message>
        <message>
            <source>The dataset at {path} could not be shown ({error}); showing the bundled dataset.</source>
            <translation>Набор данных в {path} не удалось показать ({error}); показан встроенный набор данных.</translation>
        </message>
        <message>
            <source>kzeuviewer cannot start</source>
            <translation>kzeuviewer не может запуститься</translation>
        </message>
    </context>
    <context>
        <name>Captions</name>
        <message>
            <source>Units: {units}.</source>
            <translation>Единицы: {units}.</translation>
        </message>
        <message>
            <source>Sources: {sources}</source>
            <translation>Источники: {sources}</translation>
        </message>
        <message>
            <source>{series} hidden</source>
            <translation>скрыто: {series}</translation>
        </message>
        <message>
            <source> and </source>
            <translation> и </translation>
        </message>
        <message numerus="yes">
            <source>%n series hidden</source>
            <translation>
                <numerusform>скрыт %n ряд</numerusform>
                <numerusform>скрыто %n ряда</numerusform>
                <numerusform>скрыто %n рядов</numerusform>
            </translation>
        </message>
        <message>
            <source>{left} (upper panel); {right} (lower panel)</source>
            <translation>{left} (верхняя панель); {right} (нижняя панель)</translation>
        </message>
        <message>
            <source>No data in the years shown.</source>
            <translation>За показанные годы данных нет.</translation>
        </message>
        <message>
            <source>Bars</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <source>bars</source>
            <translation>столбцы</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Линии</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>линии</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Линия</translation>
        </message>
        <message>
            <source>line</source>
            <translation>линия</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Точки</translation>
        </message>
        <message>
            <source>dots</source>
            <translation>точки</translation>
        </message>
        <message numerus="yes">
            <source>%n series</source>
            <translation>
                <numerusform>%n ряд</numerusform>
                <numerusform>%n ряда</numerusform>
                <numerusform>%n рядов</numerusform>
            </translation>
        </message>
        <message>
            <source>▲ more than</source>
            <translation>▲ больше чем</translation>
        </message>
        <message>
            <source>▼ less than</source>
            <translation>▼ меньше чем</translation>
        </message>
        <message>
            <source>◆ about</source>
            <translation>◆ около</translation>
        </message>
        <message>
            <source>several years</source>
            <translation>несколько лет</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>нарастающим итогом</translation>
        </message>
        <message>
            <source>part of a year</source>
            <translation>часть года</translation>
        </message>
        <message>
            <source>not every reporter (count beside it)</source>
            <translation>не все отчитавшиеся (число рядом)</translation>
        </message>
        <message>
            <source>hollow: {reasons}</source>
            <translation>полые: {reasons}</translation>
        </message>
        <message>
            <source>Markers: {markers}.</source>
            <translation>Маркеры: {markers}.</translation>
        </message>
        <message>
            <source>unnamed publisher</source>
            <translation>издатель не указан</translation>
        </message>
        <message numerus="yes">
            <source>{publisher} (%n documents)</source>
            <translation>
                <numerusform>{publisher} (%n документ)</numerusform>
                <numerusform>{publisher} (%n документа)</numerusform>
                <numerusform>{publisher} (%n документов)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n more publishers (each point's source is in the CSV)</source>
            <translation>
                <numerusform>; ещё %n издатель (источник каждой точки — в CSV)</numerusform>
                <numerusform>; ещё %n издателя (источник каждой точки — в CSV)</numerusform>
                <numerusform>; ещё %n издателей (источник каждой точки — в CSV)</numerusform>
            </translation>
        </message>
        <message>
            <source>search “{search}”</source>
            <translation>поиск «{search}»</translation>
        </message>
        <message>
            <source>without {kinds}</source>
            <translation>без: {kinds}</translation>
        </message>
        <message numerus="yes">
            <source>Kazakhstan–EU relations: %Ln event</source>
            <translation>
                <numerusform>Отношения Казахстан–ЕС: %Ln событие</numerusform>
                <numerusform>Отношения Казахстан–ЕС: %Ln события</numerusform>
                <numerusform>Отношения Казахстан–ЕС: %Ln событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kazakhstan–EU relations: %Ln events</source>
            <translation>
                <numerusform>Отношения Казахстан–ЕС: %Ln событие</numerusform>
                <numerusform>Отношения Казахстан–ЕС: %Ln события</numerusform>
                <numerusform>Отношения Казахстан–ЕС: %Ln событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more (every source is in the events CSV)</source>
            <translation>
                <numerusform>и ещё %n (все источники — в CSV событий)</numerusform>
                <numerusform>и ещё %n (все источники — в CSV событий)</numerusform>
                <numerusform>и ещё %n (все источники — в CSV событий)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>computed by kzeuviewer</source>
            <translation>рассчитано kzeuviewer</translation>
        </message>
        <message>
            <source>Exports minus imports of the same series, year and EU scope.</source>
            <translation>Экспорт минус импорт того же ряда, года и состава ЕС.</translation>
        </message>
        <message>
            <source>Change on the previous calendar year of the same series and EU scope.</source>
            <translation>Изменение к предыдущему календарному году того же ряда и состава ЕС.</translation>
        </message>
        <message>
            <source>Exports plus imports of the same series, year and EU scope (turnover not published).</source>
            <translation>Экспорт плюс импорт того же ряда, года и состава ЕС (товарооборот не опубликован).</translation>
        </message>
        <message>
            <source>Kazakhstan's trade with the EU — {option}</source>
            <translation>Торговля Казахстана с ЕС — {option}</translation>
        </message>
        <message>
            <source>Reported by Kazakhstan. Each EU scope is its own series.</source>
            <translation>По данным Казахстана. Каждый состав ЕС — отдельный ряд.</translation>
        </message>
        <message>
            <source>Kazakhstan's trade balance with the EU — {option}</source>
            <translation>Торговый баланс Казахстана с ЕС — {option}</translation>
        </message>
        <message>
            <source>Positive: Kazakhstan exports more to the EU than it imports. Stated figures in another currency are in their own panel below.</source>
            <translation>Положительный: Казахстан экспортирует в ЕС больше, чем импортирует. Заявленные цифры в другой валюте — на отдельной панели ниже.</translation>
        </message>
        <message>
            <source>Year-on-year growth of Kazakhstan–EU trade — {option}</source>
            <translation>Годовой рост торговли Казахстан–ЕС — {option}</translation>
        </message>
        <message>
            <source>Lines: computed from full-year figures of one series and scope. Points: growth rates as stated (some on part of a year); growth over several years is its own series, at its end year, tagged with its span (e.g. 2019–2023).</source>
            <translation>Линии: рассчитаны по годовым данным одного ряда и состава. Точки: темпы роста, как заявлены (некоторые — за часть года); рост за несколько лет — отдельный ряд, в последнем году периода, с пометкой периода (напр. 2019–2023).</translation>
        </message>
        <message>
            <source>The EU's share of Kazakhstan's foreign trade</source>
            <translation>Доля ЕС во внешней торговле Казахстана</translation>
        </message>
        <message>
            <source>Share of Kazakhstan's trade with all countries. EU28 (with the UK) and EU27 shares are separate series.</source>
            <translation>Доля в торговле Казахстана со всеми странами. Доли ЕС-28 (с Великобританией) и ЕС-27 — отдельные ряды.</translation>
        </message>
        <message>
            <source>EU exports to Kazakhstan (EU-reported, EUR; IMF mirror in USD)</source>
            <translation>Экспорт ЕС в Казахстан (по данным ЕС, EUR; зеркальные данные МВФ в USD)</translation>
        </message>
        <message>
            <source>EUR above (Eurostat and EU statements); USD below (sum of EU members' reports to the IMF). Currencies are never converted.</source>
            <translation>EUR сверху (Евростат и заявления ЕС); USD снизу (сумма отчётов стран ЕС в МВФ). Валюты никогда не пересчитываются.</translation>
        </message>
        <message>
            <source>Kazakhstan's exports to the EU</source>
            <translation>Экспорт Казахстана в ЕС</translation>
        </message>
        <message>
            <source>Kazakhstan's imports from the EU</source>
            <translation>Импорт Казахстана из ЕС</translation>
        </message>
        <message>
            <source>Kazakhstan–EU trade turnover</source>
            <translation>Товарооборот Казахстан–ЕС</translation>
        </message>
        <message>
            <source>{name}: publishers and EU scopes compared</source>
            <translation>{name}: сравнение издателей и составов ЕС</translation>
        </message>
        <message>
            <source>Each publisher and EU scope is its own series; EU-reported figures are the mirror flow. USD above, EUR below.</source>
            <translation>Каждый издатель и состав ЕС — отдельный ряд; данные ЕС — зеркальный поток. USD сверху, EUR снизу.</translation>
        </message>
        <message>
            <source>Investment from the EU in Kazakhstan (stated figures)</source>
            <translation>Инвестиции из ЕС в Казахстан (заявленные цифры)</translation>
        </message>
        <message>
            <source>Points, not lines: annual, part-year and cumulative figures from different statements. USD above, EUR below.</source>
            <translation>Точки, а не линии: годовые, частичные и накопленные цифры из разных заявлений. USD сверху, EUR снизу.</translation>
        </message>
        <message>
            <source>The EU's share of investment in Kazakhstan, and stated investment growth</source>
            <translation>Доля ЕС в инвестициях в Казахстан и заявленный рост инвестиций</translation>
        </message>
        <message>
            <source>Shares on different bases (FDI flows, FDI stock, cumulative, 'investment' without saying FDI) as stated; growth rates as stated.</source>
            <translation>Доли на разной основе (потоки ПИИ, накопленные ПИИ, нарастающим итогом, «инвестиции» без указания ПИИ), как заявлены; темпы роста, как заявлены.</translation>
        </message>
        <message>
            <source>Mirror gap: EU-reported exports vs Kazakhstan-reported imports</source>
            <translation>Зеркальный разрыв: экспорт по данным ЕС и импорт по данным Казахстана</translation>
        </message>
        <message>
            <source>As computed by a third party (currencies differ between the two sides).</source>
            <translation>Как рассчитано третьей стороной (валюты сторон различаются).</translation>
        </message>
        <message>
            <source>Kazakhstan's exports to, imports from and turnover with the EU</source>
            <translation>Экспорт, импорт и товарооборот Казахстана с ЕС</translation>
        </message>
        <message>
            <source>Exports and imports as bars, turnover as a line, as far as the publisher gives them.</source>
            <translation>Экспорт и импорт — столбцами, товарооборот — линией, насколько их даёт издатель.</translation>
        </message>
        <message>
            <source>Kazakhstan's trade balance with the EU</source>
            <translation>Торговый баланс Казахстана с ЕС</translation>
        </message>
        <message>
            <source>Exports minus imports for one publisher series, with stated balances.</source>
            <translation>Экспорт минус импорт по ряду одного издателя, с заявленными балансами.</translation>
        </message>
        <message>
            <source>Year-on-year growth of Kazakhstan–EU trade (%)</source>
            <translation>Годовой рост торговли Казахстан–ЕС (%)</translation>
        </message>
        <message>
            <source>Computed growth of one publisher series, with stated growth rates.</source>
            <translation>Рассчитанный рост ряда одного издателя, с заявленными темпами роста.</translation>
        </message>
        <message>
            <source>The EU's share of Kazakhstan's foreign trade (%)</source>
            <translation>Доля ЕС во внешней торговле Казахстана (%)</translation>
        </message>
        <message>
            <source>Published and stated shares of the EU in Kazakhstan's trade.</source>
            <translation>Опубликованные и заявленные доли ЕС в торговле Казахстана.</translation>
        </message>
        <message>
            <source>EU exports to Kazakhstan (Eurostat, EUR)</source>
            <translation>Экспорт ЕС в Казахстан (Евростат, EUR)</translation>
        </message>
        <message>
            <source>EU-reported exports in EUR on their own axis; the IMF mirror in USD.</source>
            <translation>Экспорт по данным ЕС в EUR на своей оси; зеркальные данные МВФ в USD.</translation>
        </message>
        <message>
            <source>Kazakhstan's exports to the EU: publishers compared</source>
            <translation>Экспорт Казахстана в ЕС: сравнение издателей</translation>
        </message>
        <message>
            <source>BNS vs IMF DOTS vs statements, EU27 vs EU28 incl. UK.</source>
            <translation>БНС, МВФ DOTS и заявления; ЕС-27 и ЕС-28 с Великобританией.</translation>
        </message>
        <message>
            <source>Kazakhstan's imports from the EU: publishers compared</source>
            <translation>Импорт Казахстана из ЕС: сравнение издателей</translation>
        </message>
        <message>
            <source>BNS vs statements, and the EU's own export figures.</source>
            <translation>БНС и заявления, а также собственные данные ЕС об экспорте.</translation>
        </message>
        <message>
            <source>Kazakhstan–EU trade turnover: publishers compared</source>
            <translation>Товарооборот Казахстан–ЕС: сравнение издателей</translation>
        </message>
        <message>
            <source>BNS vs statements and press, EU27 vs EU28 incl. UK.</source>
            <translation>БНС, заявления и пресса; ЕС-27 и ЕС-28 с Великобританией.</translation>
        </message>
        <message>
            <source>Investment from the EU (stated figures)</source>
            <translation>Инвестиции из ЕС (заявленные цифры)</translation>
        </message>
        <message>
            <source>FDI and investment figures as points; annual, part-year and cumulative.</source>
            <translation>ПИИ и инвестиции точками: годовые, за часть года и накопленные.</translation>
        </message>
        <message>
            <source>EU share of investment and stated investment growth (%)</source>
            <translation>Доля ЕС в инвестициях и заявленный рост инвестиций (%)</translation>
        </message>
        <message>
            <source>Shares of FDI on the bases stated, and stated growth.</source>
            <translation>Доли ПИИ на заявленной основе и заявленный рост.</translation>
        </message>
        <message>
            <source>Kazakhstan's trade with the United Kingdom</source>
            <translation>Торговля Казахстана с Великобританией</translation>
        </message>
        <message>
            <source>The UK rows: the difference between EU28 and EU27.</source>
            <translation>Строки Великобритании: разница между ЕС-28 и ЕС-27.</translation>
        </message>
        <message>
            <source>Included in BNS 'EU countries' for 2018–2022; never part of the IMF and Eurostat EU27 rows.</source>
            <translation>Входит в «страны ЕС» БНС за 2018–2022; никогда не входит в строки ЕС-27 МВФ и Евростата.</translation>
        </message>
        <message>
            <source>Kazakhstan's trade with all countries</source>
            <translation>Торговля Казахстана со всеми странами</translation>
        </message>
        <message>
            <source>Kazakhstan's totals: the base of the EU shares.</source>
            <translation>Итоги Казахстана: база для долей ЕС.</translation>
        </message>
        <message>
            <source>Kazakhstan's totals with the World, used for the EU shares.</source>
            <translation>Итоги Казахстана со всем миром, для расчёта долей ЕС.</translation>
        </message>
        <message>
            <source>Mirror gap: EU-reported exports vs Kazakhstan-reported imports (%)</source>
            <translation>Зеркальный разрыв: экспорт по данным ЕС и импорт по данным Казахстана (%)</translation>
        </message>
        <message>
            <source>The gap between the two sides' records, as computed by a third party.</source>
            <translation>Разрыв между данными двух сторон, как рассчитан третьей стороной.</translation>
        </message>
        <message>
            <source>Eurostat monthly: EU exports to Kazakhstan (EUR)</source>
            <translation>Евростат помесячно: экспорт ЕС в Казахстан (EUR)</translation>
        </message>
        <message>
            <source>One point per month (period YYYY-MM), EUR. Calendar-year sums only for years with all 12 months; a part year is never shown as a year.</source>
            <translation>Одна точка на месяц (период ГГГГ-ММ), EUR. Суммы за календарный год — только для лет со всеми 12 месяцами; часть года никогда не показывается как год.</translation>
        </message>
        <message>
            <source>EU exports to Kazakhstan month by month, with sums for complete years only.</source>
            <translation>Экспорт ЕС в Казахстан по месяцам, с суммами только за полные годы.</translation>
        </message>
    </context>
    <context>
        <name>Confidence</name>
        <message>
            <source>single source</source>
            <translation>один источник</translation>
        </message>
        <message>
            <source>announced, not confirmed</source>
            <translation>объявлено, не подтверждено</translation>
        </message>
        <message>
            <source>uncertain</source>
            <translation>неточно</translation>
        </message>
        <message>
            <source>unverified</source>
            <translation>не проверено</translation>
        </message>
        <message>
            <source>disputed</source>
            <translation>оспаривается</translation>
        </message>
    </context>
    <context>
        <name>Coverage</name>
        <message numerus="yes">
            <source>%Ln trade rows ({file} lines {lines}): {reason}</source>
            <translation>
                <numerusform>%Ln строка торговли ({file}, строки {lines}): {reason}</numerusform>
                <numerusform>%Ln строки торговли ({file}, строки {lines}): {reason}</numerusform>
                <numerusform>%Ln строк торговли ({file}, строки {lines}): {reason}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln indicators rows ({file} lines {lines}): {reason}</source>
            <translation>
                <numerusform>%Ln строка показателей ({file}, строки {lines}): {reason}</numerusform>
                <numerusform>%Ln строки показателей ({file}, строки {lines}): {reason}</numerusform>
                <numerusform>%Ln строк показателей ({file}, строки {lines}): {reason}</numerusform>
            </translation>
        </message>
        <message>
            <source>other {flow} rows reported by {reporter} with partner {partner} are shown, these are not (e.g. the same series, scope, year and flow given twice)</source>
            <translation>другие строки {flow}, представленные {reporter} с партнёром {partner}, показаны, а эти нет (например, те же ряд, охват, год и поток даны дважды)</translation>
        </message>
        <message>
            <source>no chart shows {flow} figures reported by {reporter} with partner {partner}</source>
            <translation>ни одна диаграмма не показывает данные {flow}, представленные {reporter} с партнёром {partner}</translation>
        </message>
        <message>
            <source>other rows of '{indicator}' in {unit} are shown, these are not</source>
            <translation>другие строки «{indicator}» в {unit} показаны, а эти нет</translation>
        </message>
        <message>
            <source>no chart shows the indicator '{indicator}' in the unit {unit}</source>
            <translation>ни одна диаграмма не показывает показатель «{indicator}» в единице {unit}</translation>
        </message>
        <message>
            <source>Every trade and indicator row is shown in at least one chart.</source>
            <translation>Каждая строка торговли и показателей показана хотя бы на одной диаграмме.</translation>
        </message>
        <message>
            <source>{trade} and {indicators} are shown in no chart:</source>
            <translation>{trade} и {indicators} не показаны ни на одной диаграмме:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln trade rows</source>
            <translation>
                <numerusform>%Ln строка торговли</numerusform>
                <numerusform>%Ln строки торговли</numerusform>
                <numerusform>%Ln строк торговли</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln indicator rows</source>
            <translation>
                <numerusform>%Ln строка показателей</numerusform>
                <numerusform>%Ln строки показателей</numerusform>
                <numerusform>%Ln строк показателей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln trade rows are shown in no chart:</source>
            <translation>
                <numerusform>%Ln строка торговли не показана ни на одной диаграмме:</numerusform>
                <numerusform>%Ln строки торговли не показаны ни на одной диаграмме:</numerusform>
                <numerusform>%Ln строк торговли не показаны ни на одной диаграмме:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln indicator rows are shown in no chart:</source>
            <translation>
                <numerusform>%Ln строка показателей не показана ни на одной диаграмме:</numerusform>
                <numerusform>%Ln строки показателей не показаны ни на одной диаграмме:</numerusform>
                <numerusform>%Ln строк показателей не показаны ни на одной диаграмме:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataTableView</name>
        <message>
            <source>Column headers: click to sort, Shift+click to add a sort key</source>
            <translation>Заголовки столбцов: щелчок — сортировка, Shift+щелчок — добавить ключ сортировки</translation>
        </message>
        <message>
            <source>Show all columns</source>
            <translation>Показать все столбцы</translation>
        </message>
        <message>
            <source>Reset column order</source>
            <translation>Сбросить порядок столбцов</translation>
        </message>
        <message>
            <source>Clear sort</source>
            <translation>Сбросить сортировку</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Copy without headers</source>
            <translation>Копировать без заголовков</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Выделить всё</translation>
        </message>
    </context>
    <context>
        <name>DetailsToggle</name>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Show the details panel</source>
            <translation>Показать панель подробностей</translation>
        </message>
        <message>
            <source>Show or hide the details panel</source>
            <translation>Показать или скрыть панель подробностей</translation>
        </message>
    </context>
    <context>
        <name>EventDetailPanel</name>
        <message>
            <source>the source gives the month, not the day</source>
            <translation>источник называет месяц, но не день</translation>
        </message>
        <message>
            <source>the source gives the year only</source>
            <translation>источник называет только год</translation>
        </message>
        <message>
            <source>Event details</source>
            <translation>Сведения о событии</translation>
        </message>
        <message>
            <source>Select an event on the timeline or in the list to see who took part and where each fact comes from.</source>
            <translation>Выберите событие на хронологии или в списке, чтобы увидеть участников и источник каждого факта.</translation>
        </message>
        <message>
            <source>Hidden on the timeline by the current search or filters.</source>
            <translation>Скрыто на хронологии текущим поиском или фильтрами.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Кратко</translation>
        </message>
        <message>
            <source>the end date is not given to the day</source>
            <translation>дата окончания указана не с точностью до дня</translation>
        </message>
        <message numerus="yes">
            <source>{when} (%n days)</source>
            <translation>
                <numerusform>{when} (%n день)</numerusform>
                <numerusform>{when} (%n дня)</numerusform>
                <numerusform>{when} (%n дней)</numerusform>
            </translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>не указано</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>? {doubt}: do not take this date or fact as settled.</source>
            <translation>? {doubt}: не считайте эту дату или факт окончательными.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Participants ({count})</source>
            <translation>Участники ({count})</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>No participants are recorded for this event.</source>
            <translation>Участники этого события не записаны.</translation>
        </message>
        <message>
            <source>Select {name}</source>
            <translation>Выбрать: {name}</translation>
        </message>
        <message>
            <source>Select {name} in every tab and highlight their events</source>
            <translation>Выбрать {name} на всех вкладках и выделить события с участием</translation>
        </message>
        <message>
            <source>Show the selected person in People &amp; awards</source>
            <translation>Показать выбранного человека на вкладке «Люди и награды»</translation>
        </message>
        <message>
            <source>Sources ({count})</source>
            <translation>Источники ({count})</translation>
        </message>
        <message>
            <source>No source could be resolved for this event.</source>
            <translation>Для этого события не найдено ни одного источника.</translation>
        </message>
        <message>
            <source>Open source {id} in the browser</source>
            <translation>Открыть источник {id} в браузере</translation>
        </message>
        <message>
            <source>Only web links (http, https) are opened.</source>
            <translation>Открываются только веб-ссылки (http, https).</translation>
        </message>
        <message>
            <source>Show {name} in People &amp;&amp; awards →</source>
            <translation>Показать {name} в «Люди и награды» →</translation>
        </message>
        <message>
            <source>Link not opened</source>
            <translation>Ссылка не открыта</translation>
        </message>
        <message>
            <source>The link could not be opened in a web browser:</source>
            <translation>Не удалось открыть ссылку в браузере:</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Не удалось записать {path}: {reason}</translation>
        </message>
        <message>
            <source>Cannot write {path}: folder {folder} does not exist</source>
            <translation>Не удалось записать {path}: папки {folder} не существует</translation>
        </message>
        <message>
            <source>nothing was written</source>
            <translation>ничего не записано</translation>
        </message>
        <message>
            <source>the written file failed its check</source>
            <translation>записанный файл не прошёл проверку</translation>
        </message>
        <message>
            <source>Cannot write the same file twice in one export: {files}</source>
            <translation>Нельзя записать один и тот же файл дважды за один экспорт: {files}</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}; no file of this export was written</source>
            <translation>Не удалось записать {path}: {reason}; ни один файл этого экспорта не записан</translation>
        </message>
        <message>
            <source>the PDF is empty</source>
            <translation>PDF пуст</translation>
        </message>
        <message>
            <source>not a PDF (no %PDF- header)</source>
            <translation>это не PDF (нет заголовка %PDF-)</translation>
        </message>
        <message>
            <source>incomplete PDF (it does not end with %%EOF)</source>
            <translation>неполный PDF (не заканчивается на %%EOF)</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written</source>
            <translation>Экспорт отменён; ничего не записано</translation>
        </message>
        <message>
            <source>cannot tell the format of '{path}' (file names must end in {formats})</source>
            <translation>не удаётся определить формат «{path}» (имена файлов должны оканчиваться на {formats})</translation>
        </message>
        <message>
            <source>Cannot write {path}: {rows} rows is more than an XLSX sheet holds ({limit}); export to CSV, or narrow the table with a search or filter</source>
            <translation>Не удалось записать {path}: строк {rows} — больше, чем вмещает лист XLSX ({limit}); экспортируйте в CSV или сузьте таблицу поиском или фильтром</translation>
        </message>
        <message>
            <source>width must be a whole number of pixels</source>
            <translation>ширина должна быть целым числом пикселей</translation>
        </message>
        <message>
            <source>height must be a whole number of pixels</source>
            <translation>высота должна быть целым числом пикселей</translation>
        </message>
        <message>
            <source>width must be between {min} and {max} pixels, not {value}</source>
            <translation>ширина должна быть от {min} до {max} пикселей, а не {value}</translation>
        </message>
        <message>
            <source>height must be between {min} and {max} pixels, not {value}</source>
            <translation>высота должна быть от {min} до {max} пикселей, а не {value}</translation>
        </message>
        <message>
            <source>Cannot export {file}: unknown image type {suffix}; use one of {valid}</source>
            <translation>Нельзя экспортировать {file}: неизвестный тип изображения {suffix}; используйте один из: {valid}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>Cannot export {file}: a transparent background needs PNG or SVG, not {format}</source>
            <translation>Нельзя экспортировать {file}: прозрачный фон возможен только в PNG или SVG, не в {format}</translation>
        </message>
        <message>
            <source>Cannot allocate a {width}×{height} image (out of memory?)</source>
            <translation>Не удалось выделить память для изображения {width}×{height} (не хватает памяти?)</translation>
        </message>
        <message>
            <source>No clipboard is available</source>
            <translation>Буфер обмена недоступен</translation>
        </message>
        <message>
            <source>Cannot start the SVG renderer</source>
            <translation>Не удалось запустить отрисовку SVG</translation>
        </message>
        <message>
            <source>Cannot make a PDF page of {width}×{height} pixels</source>
            <translation>Не удалось создать страницу PDF размером {width}×{height} пикселей</translation>
        </message>
        <message>
            <source>Cannot open the PDF file for writing</source>
            <translation>Не удалось открыть файл PDF для записи</translation>
        </message>
        <message>
            <source>The PDF could not be completed (is the disk full?)</source>
            <translation>Не удалось завершить PDF (диск заполнен?)</translation>
        </message>
        <message>
            <source>Export size must be whole pixels, not {width}×{height}</source>
            <translation>Размер экспорта должен быть в целых пикселях, а не {width}×{height}</translation>
        </message>
        <message>
            <source>Export size {width}×{height} is out of range (1 to {max} pixels a side)</source>
            <translation>Размер экспорта {width}×{height} вне допустимого диапазона (от 1 до {max} пикселей по стороне)</translation>
        </message>
        <message>
            <source>Chart export needs a running QApplication</source>
            <translation>Для экспорта диаграммы нужен запущенный QApplication</translation>
        </message>
        <message>
            <source>Cannot export {file}: unknown format {suffix}; use one of {known}</source>
            <translation>Нельзя экспортировать {file}: неизвестный формат {suffix}; используйте один из: {known}</translation>
        </message>
        <message>
            <source>(no extension)</source>
            <translation>(без расширения)</translation>
        </message>
        <message>
            <source>Cannot export {file}: the {tab} tab exports its table as CSV or XLSX, not images</source>
            <translation>Нельзя экспортировать {file}: вкладка «{tab}» экспортирует таблицу в CSV или XLSX, а не изображения</translation>
        </message>
        <message>
            <source>Cannot export {file}: {reason}</source>
            <translation>Нельзя экспортировать {file}: {reason}</translation>
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
            <translation>Не экспортировано</translation>
        </message>
        <message>
            <source>Exported {files} to {folder}</source>
            <translation>Экспортировано: {files} в {folder}</translation>
        </message>
        <message>
            <source> and </source>
            <translation> и </translation>
        </message>
        <message>
            <source>The view could not be drawn</source>
            <translation>Не удалось нарисовать вид</translation>
        </message>
        <message>
            <source>Not copied</source>
            <translation>Не скопировано</translation>
        </message>
        <message>
            <source>Copied the view to the clipboard ({width} × {height})</source>
            <translation>Вид скопирован в буфер обмена ({width} × {height})</translation>
        </message>
        <message>
            <source>Image format</source>
            <translation>Формат изображения</translation>
        </message>
        <message>
            <source>CSV: the data only</source>
            <translation>CSV: только данные</translation>
        </message>
        <message>
            <source>{format} image ({suffix})</source>
            <translation>Изображение {format} ({suffix})</translation>
        </message>
        <message>
            <source>Image size</source>
            <translation>Размер изображения</translation>
        </message>
        <message>
            <source>Custom size</source>
            <translation>Свой размер</translation>
        </message>
        <message>
            <source>Width in pixels</source>
            <translation>Ширина в пикселях</translation>
        </message>
        <message>
            <source>Height in pixels</source>
            <translation>Высота в пикселях</translation>
        </message>
        <message>
            <source> px</source>
            <translation> пкс</translation>
        </message>
        <message>
            <source>Transparent background</source>
            <translation>Прозрачный фон</translation>
        </message>
        <message>
            <source>Caption with title, units and sources</source>
            <translation>Подпись: заголовок, единицы и источники</translation>
        </message>
        <message>
            <source>Draw caption</source>
            <translation>Рисовать подпись</translation>
        </message>
        <message>
            <source>Also save the data as CSV</source>
            <translation>Сохранить также данные в CSV</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Имя файла</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>Choose file</source>
            <translation>Выбрать файл</translation>
        </message>
        <message>
            <source>Look of the image</source>
            <translation>Оформление изображения</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлое</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмное</translation>
        </message>
        <message>
            <source>As on screen</source>
            <translation>Как на экране</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Размер:</translation>
        </message>
        <message>
            <source>Look:</source>
            <translation>Оформление:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспортировать</translation>
        </message>
        <message>
            <source>Copy to clipboard</source>
            <translation>Копировать в буфер</translation>
        </message>
        <message>
            <source>Copy the image to the clipboard</source>
            <translation>Копировать изображение в буфер обмена</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Exactly the chosen number of pixels.</source>
            <translation>Ровно выбранное число пикселей.</translation>
        </message>
        <message>
            <source>Exactly the chosen number of pixels; no transparency.</source>
            <translation>Ровно выбранное число пикселей; без прозрачности.</translation>
        </message>
        <message>
            <source>Vector image declared at the chosen pixel size.</source>
            <translation>Векторное изображение с заявленным размером в пикселях.</translation>
        </message>
        <message>
            <source>One page measuring the chosen size in pixels of 1/96 inch; no transparency.</source>
            <translation>Одна страница выбранного размера в пикселях по 1/96 дюйма; без прозрачности.</translation>
        </message>
        <message>
            <source>The data of the view as shown: the same rows, years and series, no picture.</source>
            <translation>Данные вида, как показаны: те же строки, годы и ряды, без изображения.</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <source>Filter {column}</source>
            <translation>Фильтр: {column}</translation>
        </message>
        <message>
            <source>Find a value of {column}…</source>
            <translation>Найти значение: {column}…</translation>
        </message>
        <message>
            <source>Find a value of {column}</source>
            <translation>Найти значение: {column}</translation>
        </message>
        <message>
            <source>Values of {column}</source>
            <translation>Значения: {column}</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Check every value</source>
            <translation>Отметить все значения</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ни одного</translation>
        </message>
        <message>
            <source>Uncheck every value</source>
            <translation>Снять отметку со всех значений</translation>
        </message>
        <message>
            <source>Apply the {column} filter</source>
            <translation>Применить фильтр «{column}»</translation>
        </message>
        <message>
            <source>Close without changing the filter</source>
            <translation>Закрыть, не меняя фильтр</translation>
        </message>
        <message>
            <source>Filter {column} by date</source>
            <translation>Фильтр «{column}» по дате</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>Limit the earliest date</source>
            <translation>Ограничить самую раннюю дату</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>Limit the latest date</source>
            <translation>Ограничить самую позднюю дату</translation>
        </message>
        <message>
            <source>Earliest date</source>
            <translation>Самая ранняя дата</translation>
        </message>
        <message>
            <source>Latest date</source>
            <translation>Самая поздняя дата</translation>
        </message>
        <message>
            <source>A partial date (a year, a month) counts if any of it is in the range.</source>
            <translation>Неполная дата (год, месяц) учитывается, если хотя бы её часть попадает в диапазон.</translation>
        </message>
        <message>
            <source>Apply the {column} range</source>
            <translation>Применить диапазон «{column}»</translation>
        </message>
        <message>
            <source>Close without changing the range</source>
            <translation>Закрыть, не меняя диапазон</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>ничего</translation>
        </message>
        <message numerus="yes">
            <source>{first} and %n more</source>
            <translation>
                <numerusform>{first} и ещё %n</numerusform>
                <numerusform>{first} и ещё %n</numerusform>
                <numerusform>{first} и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>from {date}</source>
            <translation>с {date}</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>по {date}</translation>
        </message>
        <message>
            <source>Filter:</source>
            <translation>Фильтр:</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <source>Clear every filter</source>
            <translation>Сбросить все фильтры</translation>
        </message>
        <message>
            <source>Filter by {column} (active)</source>
            <translation>Фильтр по «{column}» (включён)</translation>
        </message>
        <message>
            <source>Filter by {column}</source>
            <translation>Фильтр по «{column}»</translation>
        </message>
        <message>
            <source>Show only some values of {column}</source>
            <translation>Показать только некоторые значения «{column}»</translation>
        </message>
        <message>
            <source>Click to remove this filter</source>
            <translation>Щёлкните, чтобы снять этот фильтр</translation>
        </message>
        <message>
            <source>Remove the {column} filter</source>
            <translation>Снять фильтр «{column}»</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>selection</source>
            <translation>выделение</translation>
        </message>
        <message>
            <source>search</source>
            <translation>поиск</translation>
        </message>
        <message>
            <source>regular expression search</source>
            <translation>поиск по регулярному выражению</translation>
        </message>
        <message>
            <source>filter</source>
            <translation>фильтр</translation>
        </message>
        <message>
            <source>date filter</source>
            <translation>фильтр по дате</translation>
        </message>
        <message>
            <source>sort</source>
            <translation>сортировка</translation>
        </message>
        <message>
            <source>column order</source>
            <translation>порядок столбцов</translation>
        </message>
        <message>
            <source>columns shown</source>
            <translation>показанные столбцы</translation>
        </message>
        <message>
            <source>kinds shown</source>
            <translation>показанные виды</translation>
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
            <translation>ряд</translation>
        </message>
        <message>
            <source>series shown</source>
            <translation>показанные ряды</translation>
        </message>
        <message>
            <source>log scale</source>
            <translation>логарифмическая шкала</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>unknown layout: no header row with the columns 'Товарооборот', 'Экспорт' and 'Импорт'</source>
            <translation>неизвестная структура: нет строки заголовка со столбцами «Товарооборот», «Экспорт» и «Импорт»</translation>
        </message>
        <message>
            <source>unknown layout: no 'Наименование …' column in the header row</source>
            <translation>неизвестная структура: в строке заголовка нет столбца «Наименование …»</translation>
        </message>
        <message>
            <source>unknown layout: no unit ('тыс. долларов США') above the table</source>
            <translation>неизвестная структура: над таблицей нет единицы измерения («тыс. долларов США»)</translation>
        </message>
        <message>
            <source>unknown layout: no period title ('за … год') above the table</source>
            <translation>неизвестная структура: над таблицей нет заголовка периода («за … год»)</translation>
        </message>
        <message>
            <source>period '{period}' does not parse (unknown month)</source>
            <translation>период «{period}» не распознан (неизвестный месяц)</translation>
        </message>
        <message>
            <source>an empty cell</source>
            <translation>пустая ячейка</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} — не число</translation>
        </message>
        <message>
            <source>cannot be read: {reason}</source>
            <translation>не удаётся прочитать: {reason}</translation>
        </message>
        <message>
            <source>is an Excel 2007+ (.xlsx) workbook with an .xls name; BNS tables are read as the Excel 97–2003 .xls files the Bureau publishes (download the .xls again)</source>
            <translation>это книга Excel 2007+ (.xlsx) с именем .xls; таблицы БНС читаются в виде файлов Excel 97–2003 .xls, которые публикует Бюро (скачайте .xls заново)</translation>
        </message>
        <message>
            <source>is not an Excel 97–2003 (.xls) workbook</source>
            <translation>не является книгой Excel 97–2003 (.xls)</translation>
        </message>
        <message>
            <source>cannot be read as an .xls workbook: {reason}</source>
            <translation>не удаётся прочитать как книгу .xls: {reason}</translation>
        </message>
        <message>
            <source>has no sheet with figures</source>
            <translation>нет листа с показателями</translation>
        </message>
        <message>
            <source>missing {columns}</source>
            <translation>нет столбцов {columns}</translation>
        </message>
        <message>
            <source>unexpected {columns}</source>
            <translation>лишние столбцы {columns}</translation>
        </message>
        <message>
            <source>{first}; {second}</source>
            <translation>{first}; {second}</translation>
        </message>
        <message>
            <source>not a Comext relational view ({detail}); expected the columns {columns}</source>
            <translation>это не реляционное представление Comext ({detail}); ожидались столбцы {columns}</translation>
        </message>
        <message>
            <source>{column} '{value}' is not the total (only PRODUCT and STAT_PROCEDURE 'Total' can be summed)</source>
            <translation>{column} «{value}» — не итог (суммировать можно только PRODUCT и STAT_PROCEDURE «Total»)</translation>
        </message>
        <message>
            <source>FLOW '{value}' is neither EXPORT nor IMPORT</source>
            <translation>FLOW «{value}» — ни EXPORT, ни IMPORT</translation>
        </message>
        <message>
            <source>PERIOD '{value}' does not parse (expected e.g. 'Aug. 2024', '201901-Jan. 2019' or '201952-Jan.-Dec. 2019')</source>
            <translation>PERIOD «{value}» не распознан (ожидается, например, «Aug. 2024», «201901-Jan. 2019» или «201952-Jan.-Dec. 2019»)</translation>
        </message>
        <message>
            <source>VALUE_IN_EUR '{value}' is not a number</source>
            <translation>VALUE_IN_EUR «{value}» — не число</translation>
        </message>
        <message>
            <source>REPORTER '{value}' is neither an EU member state nor an EU aggregate</source>
            <translation>REPORTER «{value}» — не государство-член ЕС и не агрегат ЕС</translation>
        </message>
        <message>
            <source>has no row with PARTNER '{partner}' reported by the EU or its members</source>
            <translation>нет ни одной строки с PARTNER «{partner}» от ЕС или его членов</translation>
        </message>
        <message>
            <source>a member state is listed twice for {when}</source>
            <translation>государство-член указано дважды для {when}</translation>
        </message>
        <message>
            <source>no single EU27 row or member-state rows for {when}</source>
            <translation>для {when} нет ни единственной строки EU27, ни строк государств-членов</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>файл не найден</translation>
        </message>
        <message>
            <source>is not a file</source>
            <translation>не является файлом</translation>
        </message>
        <message>
            <source>{file} is empty</source>
            <translation>{file} пуст</translation>
        </message>
        <message>
            <source>{folder} is not a dataset that loads: {problems}</source>
            <translation>{folder} — не набор данных, который можно загрузить: {problems}</translation>
        </message>
        <message>
            <source>{file} changed since the preview; preview the import again</source>
            <translation>{file} изменился после предпросмотра; повторите предпросмотр импорта</translation>
        </message>
        <message>
            <source>the imported dataset would not load: {problems}</source>
            <translation>импортированный набор данных не загрузился бы: {problems}</translation>
        </message>
        <message>
            <source>the imported dataset would have new problems: {problems}</source>
            <translation>у импортированного набора данных появились бы новые проблемы: {problems}</translation>
        </message>
        <message>
            <source>cannot write the dataset at {folder}: {reason}</source>
            <translation>не удаётся записать набор данных в {folder}: {reason}</translation>
        </message>
        <message>
            <source>is neither a BNS workbook (.xls) nor a Eurostat Comext CSV download (.csv)</source>
            <translation>не является ни книгой БНС (.xls), ни выгрузкой Eurostat Comext в CSV (.csv)</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Now in the dataset</source>
            <translation>Сейчас в наборе</translation>
        </message>
        <message>
            <source>From the files</source>
            <translation>Из файлов</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Read from</source>
            <translation>Откуда прочитано</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавлено</translation>
        </message>
        <message>
            <source>Kept (entered by hand)</source>
            <translation>Оставлено (введено вручную)</translation>
        </message>
        <message>
            <source>Value changed</source>
            <translation>Значение изменено</translation>
        </message>
        <message>
            <source>Source updated</source>
            <translation>Источник обновлён</translation>
        </message>
        <message>
            <source>Replaced (entered by hand)</source>
            <translation>Заменено (введено вручную)</translation>
        </message>
        <message>
            <source>Rows added:</source>
            <translation>Строк добавлено:</translation>
        </message>
        <message>
            <source>Rows added</source>
            <translation>Строк добавлено</translation>
        </message>
        <message>
            <source>Rows updated:</source>
            <translation>Строк обновлено:</translation>
        </message>
        <message>
            <source>Rows updated</source>
            <translation>Строк обновлено</translation>
        </message>
        <message>
            <source>Conflicts with rows entered by hand:</source>
            <translation>Расхождения со строками, введёнными вручную:</translation>
        </message>
        <message>
            <source>Conflicts with rows entered by hand</source>
            <translation>Расхождения со строками, введёнными вручную</translation>
        </message>
        <message>
            <source>Unchanged:</source>
            <translation>Без изменений:</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Без изменений</translation>
        </message>
        <message>
            <source>Statistics files</source>
            <translation>Файлы статистики</translation>
        </message>
        <message>
            <source>BNS workbooks</source>
            <translation>Книги Excel БНС</translation>
        </message>
        <message>
            <source>Eurostat CSV downloads</source>
            <translation>CSV-выгрузки Евростата</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Все файлы</translation>
        </message>
        <message>
            <source>Import statistics</source>
            <translation>Импорт статистики</translation>
        </message>
        <message>
            <source>Add the publishers' own files: BNS workbooks (.xls) and Eurostat Comext CSV downloads (.csv). Nothing in the dataset changes until you press Apply.</source>
            <translation>Добавьте исходные файлы издателей: книги Excel БНС (.xls) и CSV-выгрузки Eurostat Comext (.csv). В наборе данных ничего не изменится, пока вы не нажмёте «Применить».</translation>
        </message>
        <message>
            <source>Files to import</source>
            <translation>Файлы для импорта</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Добавить файлы…</translation>
        </message>
        <message>
            <source>Add files</source>
            <translation>Добавить файлы</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Добавить папку…</translation>
        </message>
        <message>
            <source>Add every file of a folder</source>
            <translation>Добавить все файлы папки</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Remove the selected files</source>
            <translation>Убрать выбранные файлы</translation>
        </message>
        <message>
            <source>Source address:</source>
            <translation>Адрес источника:</translation>
        </message>
        <message>
            <source>Source address</source>
            <translation>Адрес источника</translation>
        </message>
        <message>
            <source>https://… where the files were downloaded from (optional)</source>
            <translation>https://… откуда загружены файлы (необязательно)</translation>
        </message>
        <message>
            <source>Into dataset:</source>
            <translation>В набор данных:</translation>
        </message>
        <message>
            <source>Dataset folder that will be changed</source>
            <translation>Папка набора данных, которая будет изменена</translation>
        </message>
        <message>
            <source>Why the import cannot be applied</source>
            <translation>Почему импорт нельзя применить</translation>
        </message>
        <message>
            <source>Problems heading</source>
            <translation>Заголовок проблем</translation>
        </message>
        <message>
            <source>Problems in the files</source>
            <translation>Проблемы в файлах</translation>
        </message>
        <message>
            <source>Summary of the changes</source>
            <translation>Сводка изменений</translation>
        </message>
        <message>
            <source>Preview of the changes</source>
            <translation>Предпросмотр изменений</translation>
        </message>
        <message>
            <source>Replace rows I entered by hand</source>
            <translation>Заменить строки, введённые мной вручную</translation>
        </message>
        <message>
            <source>Rows you typed into trade.csv are kept unless you tick this box.</source>
            <translation>Строки, которые вы ввели в trade.csv, сохраняются, если не отметить этот флажок.</translation>
        </message>
        <message>
            <source>Figures given by two files</source>
            <translation>Показатели, данные в двух файлах</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Уведомление</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Apply the import</source>
            <translation>Применить импорт</translation>
        </message>
        <message>
            <source>Cancel: write nothing</source>
            <translation>Отмена: ничего не записывать</translation>
        </message>
        <message>
            <source>Add statistics files</source>
            <translation>Добавить файлы статистики</translation>
        </message>
        <message>
            <source>Add every statistics file of a folder</source>
            <translation>Добавить все файлы статистики из папки</translation>
        </message>
        <message>
            <source>The folder {folder} has no .xls or .csv files.</source>
            <translation>В папке {folder} нет файлов .xls или .csv.</translation>
        </message>
        <message>
            <source>The source address must start with https:// or http://, not “{url}”.</source>
            <translation>Адрес источника должен начинаться с https:// или http://, а не «{url}».</translation>
        </message>
        <message numerus="yes">
            <source>The files have %Ln problems, so nothing can be imported until they are fixed.</source>
            <translation>
                <numerusform>В файлах %Ln проблема, поэтому ничего нельзя импортировать, пока её не исправят.</numerusform>
                <numerusform>В файлах %Ln проблемы, поэтому ничего нельзя импортировать, пока их не исправят.</numerusform>
                <numerusform>В файлах %Ln проблем, поэтому ничего нельзя импортировать, пока их не исправят.</numerusform>
            </translation>
        </message>
        <message>
            <source>The import cannot be previewed; nothing will be written.</source>
            <translation>Предпросмотр импорта невозможен; ничего не будет записано.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln figures are given by two files with different values; the later publication is used.</source>
            <translation>
                <numerusform>%Ln показатель дан в двух файлах с разными значениями; взята более поздняя публикация.</numerusform>
                <numerusform>%Ln показателя даны в двух файлах с разными значениями; взята более поздняя публикация.</numerusform>
                <numerusform>%Ln показателей даны в двух файлах с разными значениями; взята более поздняя публикация.</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure}: {kept} ({kept_file}) is used, not {dropped} ({dropped_file})</source>
            <translation>{figure}: взято {kept} ({kept_file}), а не {dropped} ({dropped_file})</translation>
        </message>
        <message>
            <source>Add files to see what will change.</source>
            <translation>Добавьте файлы, чтобы увидеть, что изменится.</translation>
        </message>
        <message>
            <source>Nothing will be imported.</source>
            <translation>Ничего не будет импортировано.</translation>
        </message>
        <message>
            <source>Nothing will be written unless you choose to replace the rows you entered by hand.</source>
            <translation>Ничего не будет записано, если вы не решите заменить строки, введённые вручную.</translation>
        </message>
        <message>
            <source>Nothing to write: the dataset already has these figures.</source>
            <translation>Записывать нечего: в наборе данных уже есть эти показатели.</translation>
        </message>
        <message numerus="yes">
            <source>Apply will write %Ln rows into the dataset.</source>
            <translation>
                <numerusform>«Применить» запишет в набор данных %Ln строку.</numerusform>
                <numerusform>«Применить» запишет в набор данных %Ln строки.</numerusform>
                <numerusform>«Применить» запишет в набор данных %Ln строк.</numerusform>
            </translation>
        </message>
        <message>
            <source>{origin}; trade.csv line {line}</source>
            <translation>{origin}; trade.csv, строка {line}</translation>
        </message>
        <message>
            <source>Nothing was written: {reason}. The preview has been made again from the files as they are now; check it and press Apply again.</source>
            <translation>Ничего не записано: {reason}. Предпросмотр построен заново по текущим файлам; проверьте его и снова нажмите «Применить».</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln rows.</source>
            <translation>
                <numerusform>Импортирована %Ln строка.</numerusform>
                <numerusform>Импортированы %Ln строки.</numerusform>
                <numerusform>Импортировано %Ln строк.</numerusform>
            </translation>
        </message>
        <message>
            <source>The dataset folder cannot be found. Open a copy of the dataset folder first.</source>
            <translation>Папка набора данных не найдена. Сначала откройте копию папки набора данных.</translation>
        </message>
        <message>
            <source>The dataset that comes with kzeuviewer is not changed by imports. Open a copy of the dataset folder first (File ▸ Open dataset…).</source>
            <translation>Импорт не меняет набор данных, поставляемый с kzeuviewer. Сначала откройте копию папки набора данных (Файл ▸ Открыть набор данных…).</translation>
        </message>
        <message>
            <source>The dataset folder {folder} cannot be written. Open a copy of the dataset folder first (File ▸ Open dataset…).</source>
            <translation>В папку набора данных {folder} нельзя записывать. Сначала откройте копию папки набора данных (Файл ▸ Открыть набор данных…).</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>Visit</source>
            <translation>Визит</translation>
        </message>
        <message>
            <source>Summit</source>
            <translation>Саммит</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Соглашение</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>Награда</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Визиты</translation>
        </message>
        <message>
            <source>Summits</source>
            <translation>Саммиты</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Встречи</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Соглашения</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Награды</translation>
        </message>
    </context>
    <context>
        <name>Loading</name>
        <message>
            <source>bundled dataset</source>
            <translation>встроенный набор данных</translation>
        </message>
        <message>
            <source>Reading and checking {name} ({size} MB)…</source>
            <translation>Чтение и проверка {name} ({size} МБ)…</translation>
        </message>
        <message>
            <source>Opening dataset</source>
            <translation>Открытие набора данных</translation>
        </message>
        <message>
            <source>Preparing the tables and charts…</source>
            <translation>Подготовка таблиц и диаграмм…</translation>
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
            <translation>Люди и награды</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Торговля</translation>
        </message>
        <message>
            <source>kzeuviewer main window</source>
            <translation>Главное окно kzeuviewer</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Вкладки</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Open dataset…</source>
            <translation>&amp;Открыть набор данных…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Недавние</translation>
        </message>
        <message>
            <source>Open &amp;bundled dataset</source>
            <translation>Открыть &amp;встроенный набор</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Перезагрузить</translation>
        </message>
        <message>
            <source>&amp;Import statistics…</source>
            <translation>&amp;Импорт статистики…</translation>
        </message>
        <message>
            <source>Open &amp;view…</source>
            <translation>Открыть &amp;вид…</translation>
        </message>
        <message>
            <source>&amp;Save view…</source>
            <translation>&amp;Сохранить вид…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Пред&amp;варительный просмотр…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Data &amp;sources…</source>
            <translation>&amp;Источники данных…</translation>
        </message>
        <message>
            <source>&amp;About kzeuviewer</source>
            <translation>&amp;О программе kzeuviewer</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Undo {step}</source>
            <translation>&amp;Отменить: {step}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo {step}</source>
            <translation>&amp;Повторить: {step}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>&amp;Системная</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Светлая</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Тёмная</translation>
        </message>
        <message>
            <source>No recent datasets</source>
            <translation>Недавних наборов данных нет</translation>
        </message>
        <message>
            <source>Dataset problems</source>
            <translation>Проблемы набора данных</translation>
        </message>
        <message>
            <source>Dataset: bundled</source>
            <translation>Набор данных: встроенный</translation>
        </message>
        <message>
            <source>Dataset: {name}</source>
            <translation>Набор данных: {name}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln events</source>
            <translation>
                <numerusform>%Ln событие</numerusform>
                <numerusform>%Ln события</numerusform>
                <numerusform>%Ln событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln человек</numerusform>
                <numerusform>%Ln человека</numerusform>
                <numerusform>%Ln человек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln awards</source>
            <translation>
                <numerusform>%Ln награда</numerusform>
                <numerusform>%Ln награды</numerusform>
                <numerusform>%Ln наград</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln trade figures</source>
            <translation>
                <numerusform>%Ln торговый показатель</numerusform>
                <numerusform>%Ln торговых показателя</numerusform>
                <numerusform>%Ln торговых показателей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sources</source>
            <translation>
                <numerusform>%Ln источник</numerusform>
                <numerusform>%Ln источника</numerusform>
                <numerusform>%Ln источников</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems</source>
            <translation>Проблем нет</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %Ln problems</source>
            <translation>
                <numerusform>⚠ %Ln проблема</numerusform>
                <numerusform>⚠ %Ln проблемы</numerusform>
                <numerusform>⚠ %Ln проблем</numerusform>
            </translation>
        </message>
        <message>
            <source>bundled dataset</source>
            <translation>встроенный набор данных</translation>
        </message>
        <message>
            <source>Kazakhstan–EU relations — {name}</source>
            <translation>Отношения Казахстан–ЕС — {name}</translation>
        </message>
        <message>
            <source>About kzeuviewer</source>
            <translation>О программе kzeuviewer</translation>
        </message>
        <message>
            <source>&lt;p&gt;Relations between Kazakhstan and the European Union: meetings, people and awards, trade and investment — every fact with its source.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Отношения Казахстана и Европейского союза: встречи, люди и награды, торговля и инвестиции — каждый факт с источником.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Dataset: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;Набор данных: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Licence: MIT. Data: see Help ▸ Data sources for each source's publisher.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Лицензия: MIT. Данные: издатель каждого источника — в меню Справка ▸ Источники данных.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>Сохранить вид</translation>
        </message>
        <message>
            <source>kzeuviewer view</source>
            <translation>Вид kzeuviewer</translation>
        </message>
        <message>
            <source>View not saved</source>
            <translation>Вид не сохранён</translation>
        </message>
        <message>
            <source>Saved the view to {path}</source>
            <translation>Вид сохранён в {path}</translation>
        </message>
        <message>
            <source>Open view</source>
            <translation>Открыть вид</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Все файлы</translation>
        </message>
        <message>
            <source>View not opened</source>
            <translation>Вид не открыт</translation>
        </message>
        <message>
            <source>The current view is unchanged.</source>
            <translation>Текущий вид не изменён.</translation>
        </message>
        <message>
            <source>The view's dataset folder {folder} is gone: choose its new place</source>
            <translation>Папки набора данных этого вида {folder} больше нет: укажите её новое место</translation>
        </message>
        <message>
            <source>View not opened: its dataset folder is gone.</source>
            <translation>Вид не открыт: папки его набора данных больше нет.</translation>
        </message>
        <message>
            <source>Opened the view {name}</source>
            <translation>Открыт вид {name}</translation>
        </message>
        <message>
            <source>Part of the view was left out</source>
            <translation>Часть вида не применена</translation>
        </message>
        <message>
            <source>The view was opened, but some of it does not fit the current dataset.</source>
            <translation>Вид открыт, но часть его не подходит к текущему набору данных.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Не напечатано</translation>
        </message>
        <message numerus="yes">
            <source>Printed %n pages</source>
            <translation>
                <numerusform>Напечатана %n страница</numerusform>
                <numerusform>Напечатаны %n страницы</numerusform>
                <numerusform>Напечатано %n страниц</numerusform>
            </translation>
        </message>
        <message>
            <source>Open dataset folder</source>
            <translation>Открыть папку набора данных</translation>
        </message>
        <message>
            <source>Loading dataset…</source>
            <translation>Загрузка набора данных…</translation>
        </message>
        <message>
            <source>The dataset was not opened; the current one is still loaded.</source>
            <translation>Набор данных не открыт; текущий по-прежнему загружен.</translation>
        </message>
        <message>
            <source>Dataset not opened</source>
            <translation>Набор данных не открыт</translation>
        </message>
        <message>
            <source>The dataset at {path} cannot be opened ({summary}). The current dataset is still loaded.</source>
            <translation>Набор данных в {path} открыть нельзя ({summary}). Текущий набор по-прежнему загружен.</translation>
        </message>
        <message>
            <source>The dataset at {path} cannot be opened: {error}</source>
            <translation>Набор данных в {path} открыть нельзя: {error}</translation>
        </message>
        <message>
            <source>Reloaded {path}</source>
            <translation>Перезагружено: {path}</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>Открыто: {path}</translation>
        </message>
        <message numerus="yes">
            <source> — %Ln rows skipped or warnings; see the problems counter</source>
            <translation>
                <numerusform> — %Ln строка пропущена или предупреждение; см. счётчик проблем</numerusform>
                <numerusform> — %Ln строки пропущены или предупреждения; см. счётчик проблем</numerusform>
                <numerusform> — %Ln строк пропущено или предупреждений; см. счётчик проблем</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>Search people and awards</source>
            <translation>Поиск людей и наград</translation>
        </message>
        <message>
            <source>Search names, roles, organisations, awards, events…  (Ctrl+F)</source>
            <translation>Поиск по именам, должностям, организациям, наградам, событиям…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Searches the shown columns as you type; ignores case and accents</source>
            <translation>Ищет в показанных столбцах по мере ввода; без учёта регистра и диакритики</translation>
        </message>
        <message>
            <source>Search with a regular expression</source>
            <translation>Поиск по регулярному выражению</translation>
        </message>
        <message>
            <source>Regular expression search</source>
            <translation>Поиск по регулярному выражению</translation>
        </message>
        <message>
            <source>Rows shown</source>
            <translation>Показано строк</translation>
        </message>
        <message>
            <source>Columns the search matched out of view</source>
            <translation>Столбцы вне видимой области, где найдено совпадение</translation>
        </message>
        <message>
            <source>Choose columns</source>
            <translation>Выбрать столбцы</translation>
        </message>
        <message>
            <source>Columns ▾</source>
            <translation>Столбцы ▾</translation>
        </message>
        <message>
            <source>Hide, show or reset columns (also: right-click a column header)</source>
            <translation>Скрыть, показать или сбросить столбцы (также: правый щелчок по заголовку)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Export the table as shown</source>
            <translation>Экспортировать таблицу, как показана</translation>
        </message>
        <message>
            <source>Export the rows and columns as shown to CSV or Excel (Ctrl+E)</source>
            <translation>Экспортировать показанные строки и столбцы в CSV или Excel (Ctrl+E)</translation>
        </message>
        <message>
            <source>Search error</source>
            <translation>Ошибка поиска</translation>
        </message>
        <message>
            <source>People and awards</source>
            <translation>Люди и награды</translation>
        </message>
        <message>
            <source>Nothing matches</source>
            <translation>Совпадений нет</translation>
        </message>
        <message>
            <source>people: no column {column!r} to filter on</source>
            <translation>люди: нет столбца {column!r} для фильтра</translation>
        </message>
        <message>
            <source>people: no column {column!r} to sort by</source>
            <translation>люди: нет столбца {column!r} для сортировки</translation>
        </message>
        <message>
            <source>sort by {columns}</source>
            <translation>сортировка по: {columns}</translation>
        </message>
        <message>
            <source>unsorted</source>
            <translation>без сортировки</translation>
        </message>
        <message>
            <source>filter on {columns}</source>
            <translation>фильтр по: {columns}</translation>
        </message>
        <message>
            <source>clear filters</source>
            <translation>сброс фильтров</translation>
        </message>
        <message>
            <source>Export people and awards</source>
            <translation>Экспорт людей и наград</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Файл CSV</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Книга Excel</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Экспорт не удался</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln rows to {path}</source>
            <translation>
                <numerusform>Экспортирована %Ln строка в {path}</numerusform>
                <numerusform>Экспортировано %Ln строки в {path}</numerusform>
                <numerusform>Экспортировано %Ln строк в {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot export {name}: no dataset is loaded</source>
            <translation>Нельзя экспортировать {name}: набор данных не загружен</translation>
        </message>
        <message>
            <source>Preparing the search…</source>
            <translation>Подготовка поиска…</translation>
        </message>
        <message>
            <source>Preparing the table</source>
            <translation>Подготовка таблицы</translation>
        </message>
        <message>
            <source>Preparing the sort…</source>
            <translation>Подготовка сортировки…</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln rows</source>
            <translation>
                <numerusform>{shown} из %Ln строки</numerusform>
                <numerusform>{shown} из %Ln строк</numerusform>
                <numerusform>{shown} из %Ln строк</numerusform>
            </translation>
        </message>
        <message>
            <source>matched in: {columns}</source>
            <translation>найдено в: {columns}</translation>
        </message>
        <message>
            <source>No people match {search} with the filters set.</source>
            <translation>С заданными фильтрами никто не найден по запросу {search}.</translation>
        </message>
        <message>
            <source>No people match {search}.</source>
            <translation>Никто не найден по запросу {search}.</translation>
        </message>
        <message>
            <source>No people match the filters set.</source>
            <translation>Никто не подходит под заданные фильтры.</translation>
        </message>
        <message>
            <source>No people match.</source>
            <translation>Никто не найден.</translation>
        </message>
    </context>
    <context>
        <name>PersonDetails</name>
        <message>
            <source>{award}, {degree} degree</source>
            <translation>{award}, {degree} степени</translation>
        </message>
        <message>
            <source>Roles and awards of the selected person, with sources</source>
            <translation>Должности и награды выбранного человека с источниками</translation>
        </message>
        <message>
            <source>Events the selected person attended; click one to show it in the timeline</source>
            <translation>События с участием выбранного человека; щёлкните, чтобы показать на хронологии</translation>
        </message>
        <message>
            <source>Click an event to select it and show it in the Timeline</source>
            <translation>Щёлкните событие, чтобы выбрать его и показать на хронологии</translation>
        </message>
        <message>
            <source>Events attended</source>
            <translation>Участие в событиях</translation>
        </message>
        <message>
            <source>No person selected</source>
            <translation>Никто не выбран</translation>
        </message>
        <message>
            <source>Select a row to see the person's roles, awards with their sources, and the meetings they attended.</source>
            <translation>Выберите строку, чтобы увидеть должности человека, награды с источниками и встречи, в которых он участвовал.</translation>
        </message>
        <message numerus="yes">
            <source>1 of %Ln selected people (the current row).</source>
            <translation>
                <numerusform>1 из %Ln выбранного человека (текущая строка).</numerusform>
                <numerusform>1 из %Ln выбранных людей (текущая строка).</numerusform>
                <numerusform>1 из %Ln выбранных людей (текущая строка).</numerusform>
            </translation>
        </message>
        <message>
            <source>Selected, but the search or a filter hides this person's rows.</source>
            <translation>Выбран, но поиск или фильтр скрывает строки этого человека.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>role not given</source>
            <translation>должность не указана</translation>
        </message>
        <message>
            <source>Side:</source>
            <translation>Сторона:</translation>
        </message>
        <message>
            <source>Awards ({count})</source>
            <translation>Награды ({count})</translation>
        </message>
        <message>
            <source>No award from Kazakhstan in the dataset.</source>
            <translation>В наборе данных нет наград Казахстана.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Conferred by</source>
            <translation>Кем вручена</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Достоверность</translation>
        </message>
        <message>
            <source>Click to show it in the Timeline</source>
            <translation>Щёлкните, чтобы показать на хронологии</translation>
        </message>
        <message>
            <source>Events attended ({count})</source>
            <translation>Участие в событиях ({count})</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>The printer could not be opened</source>
            <translation>Не удалось открыть принтер</translation>
        </message>
        <message>
            <source>There is no table to print</source>
            <translation>Нет таблицы для печати</translation>
        </message>
        <message>
            <source>{title} — page {page} of {pages}</source>
            <translation>{title} — страница {page} из {pages}</translation>
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
            <translation>файл начинается как {encoding}, но не декодируется как {encoding}; сохраните его в UTF-8</translation>
        </message>
        <message>
            <source>the file looks like {encoding} text without a byte-order mark; save it as UTF-8</source>
            <translation>файл похож на текст {encoding} без метки порядка байтов; сохраните его в UTF-8</translation>
        </message>
        <message>
            <source>the file is not CSV text (it contains NUL bytes)</source>
            <translation>файл не является текстом CSV (в нём есть байты NUL)</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte {byte} cannot be decoded); save it as UTF-8</source>
            <translation>не является текстом UTF-8 (байт {byte} не декодируется); сохраните файл в UTF-8</translation>
        </message>
        <message>
            <source>column {number}</source>
            <translation>столбец {number}</translation>
        </message>
        <message>
            <source>has no name but holds values (first on line {line}); give it a name</source>
            <translation>не имеет имени, но содержит значения (первое — в строке {line}); дайте ему имя</translation>
        </message>
        <message>
            <source>the header ends with a comma: a column without name or values; ignored</source>
            <translation>заголовок заканчивается запятой: столбец без имени и значений; пропущен</translation>
        </message>
        <message>
            <source>a column without name or values; ignored</source>
            <translation>столбец без имени и значений; пропущен</translation>
        </message>
        <message>
            <source>columns {first} and {second} are both named {name}; rename or remove one</source>
            <translation>столбцы {first} и {second} оба называются {name}; переименуйте или удалите один из них</translation>
        </message>
        <message>
            <source>a quoted cell is never closed: its opening " has no closing " before the end of the file</source>
            <translation>ячейка в кавычках не закрыта: у открывающей " нет закрывающей " до конца файла</translation>
        </message>
        <message>
            <source>a FIFO (named pipe)</source>
            <translation>FIFO (именованный канал)</translation>
        </message>
        <message>
            <source>a character device</source>
            <translation>символьное устройство</translation>
        </message>
        <message>
            <source>a block device</source>
            <translation>блочное устройство</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>сокет</translation>
        </message>
        <message>
            <source>the file is missing</source>
            <translation>файла нет</translation>
        </message>
        <message>
            <source>this is a folder, not a file</source>
            <translation>это папка, а не файл</translation>
        </message>
        <message>
            <source>the file cannot be read: {reason}</source>
            <translation>файл не удаётся прочитать: {reason}</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>не обычный файл</translation>
        </message>
        <message>
            <source>this is {kind}, not a regular file; a dataset file must be a plain file</source>
            <translation>это {kind}, а не обычный файл; файл набора данных должен быть обычным файлом</translation>
        </message>
        <message>
            <source>the file is larger than {limit} bytes, the most a dataset file may have</source>
            <translation>файл больше {limit} байт — предельного размера файла набора данных</translation>
        </message>
        <message>
            <source>the file is empty (a header row is required)</source>
            <translation>файл пуст (нужна строка заголовка)</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text; save it as UTF-8</source>
            <translation>файл не является текстом UTF-8; сохраните его в UTF-8</translation>
        </message>
        <message>
            <source>the file is not readable as CSV: {reason}</source>
            <translation>файл не читается как CSV: {reason}</translation>
        </message>
        <message>
            <source>the first row has {fields} fields but the header names {columns} columns; name every column in the header (or remove the extra comma from the rows)</source>
            <translation>в первой строке {fields} полей, а заголовок называет {columns} столбцов; дайте имя каждому столбцу в заголовке (или уберите лишнюю запятую из строк)</translation>
        </message>
        <message>
            <source>expected {expected} fields, found {seen}; row skipped</source>
            <translation>ожидалось полей: {expected}, найдено: {seen}; строка пропущена</translation>
        </message>
        <message>
            <source>required column is missing</source>
            <translation>нет обязательного столбца</translation>
        </message>
        <message>
            <source>the header cell {cell} would be this column without its invisible character; remove it</source>
            <translation>ячейка заголовка {cell} была бы этим столбцом, если убрать невидимый символ; удалите его</translation>
        </message>
        <message>
            <source>column is not part of the format; kept as extra</source>
            <translation>столбец не входит в формат; сохранён как дополнительный</translation>
        </message>
        <message>
            <source>{value} is not a number (write digits as 0-9, not full-width or other digits)</source>
            <translation>{value} — не число (пишите цифры 0-9, а не полноширинные или другие цифры)</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} — не число</translation>
        </message>
        <message>
            <source>a money unit</source>
            <translation>денежной единицей</translation>
        </message>
        <message>
            <source>'{percent}' or a money unit</source>
            <translation>«{percent}» или денежной единицей</translation>
        </message>
        <message>
            <source>{value} is not {what} (currency {currencies}, optional scale {scales})</source>
            <translation>{value} не является {what} (валюта {currencies}, необязательный масштаб {scales})</translation>
        </message>
        <message>
            <source>{value} is not a year (a whole number from {first} to {last})</source>
            <translation>{value} — не год (целое число от {first} до {last})</translation>
        </message>
        <message>
            <source>{value} is not a finite number</source>
            <translation>{value} — не конечное число</translation>
        </message>
        <message>
            <source>{value} is outside the plausible range (at most {limit} in the currency's units or in %)</source>
            <translation>{value} вне правдоподобного диапазона (не больше {limit} в единицах валюты или в %)</translation>
        </message>
        <message>
            <source>one of: {values}</source>
            <translation>одним из: {values}</translation>
        </message>
        <message>
            <source>one of the {number} documented values of {column} (data/README.md)</source>
            <translation>одним из {number} описанных значений {column} (data/README.md)</translation>
        </message>
        <message>
            <source>{value} is not {choices}</source>
            <translation>{value} не является {choices}</translation>
        </message>
        <message>
            <source>end date {end} is before the start date {start}</source>
            <translation>дата окончания {end} раньше даты начала {start}</translation>
        </message>
        <message>
            <source>a value is required</source>
            <translation>значение обязательно</translation>
        </message>
        <message>
            <source>duplicate id {id} (first on line {line})</source>
            <translation>повторный идентификатор {id} (впервые в строке {line})</translation>
        </message>
        <message>
            <source>{value} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>{value} — не дата (используйте ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>{value} is outside the supported dates (years {first} to {last})</source>
            <translation>{value} вне поддерживаемых дат (годы с {first} по {last})</translation>
        </message>
        <message>
            <source>unknown {column} {value} (not in {table})</source>
            <translation>неизвестный {column} {value} (нет в {table})</translation>
        </message>
        <message>
            <source>unknown source id {ids}</source>
            <translation>неизвестный идентификатор источника {ids}</translation>
        </message>
        <message>
            <source>folder does not exist</source>
            <translation>папки не существует</translation>
        </message>
        <message>
            <source>is not a folder</source>
            <translation>не является папкой</translation>
        </message>
        <message numerus="yes">
            <source>%Ln fatal problems</source>
            <translation>
                <numerusform>%Ln критическая проблема</numerusform>
                <numerusform>%Ln критические проблемы</numerusform>
                <numerusform>%Ln критических проблем</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot load the dataset at {path} ({summary}):</source>
            <translation>Не удаётся загрузить набор данных в {path} ({summary}):</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Dataset problems</source>
            <translation>Проблемы набора данных</translation>
        </message>
        <message numerus="yes">
            <source>%n problems in &lt;code&gt;{path}&lt;/code&gt;:</source>
            <translation>
                <numerusform>%n проблема в &lt;code&gt;{path}&lt;/code&gt;:</numerusform>
                <numerusform>%n проблемы в &lt;code&gt;{path}&lt;/code&gt;:</numerusform>
                <numerusform>%n проблем в &lt;code&gt;{path}&lt;/code&gt;:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows were skipped,</source>
            <translation>
                <numerusform>%n строка пропущена,</numerusform>
                <numerusform>%n строки пропущены,</numerusform>
                <numerusform>%n строк пропущено,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings changed nothing.</source>
            <translation>
                <numerusform>%n предупреждение ничего не изменило.</numerusform>
                <numerusform>%n предупреждения ничего не изменили.</numerusform>
                <numerusform>%n предупреждений ничего не изменили.</numerusform>
            </translation>
        </message>
        <message>
            <source>Filter problems…</source>
            <translation>Фильтр проблем…</translation>
        </message>
        <message>
            <source>Filter problems</source>
            <translation>Фильтр проблем</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Проблемы</translation>
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
            <translation>Товарооборот</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Баланс</translation>
        </message>
        <message>
            <source>Exports growth</source>
            <translation>Рост экспорта</translation>
        </message>
        <message>
            <source>Imports growth</source>
            <translation>Рост импорта</translation>
        </message>
        <message>
            <source>Turnover growth</source>
            <translation>Рост товарооборота</translation>
        </message>
        <message>
            <source>Balance (exports − imports)</source>
            <translation>Баланс (экспорт − импорт)</translation>
        </message>
        <message>
            <source>EU exports to Kazakhstan</source>
            <translation>Экспорт ЕС в Казахстан</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>Title supplied by the dataset; the source has none.</source>
            <translation>Название дано набором данных; у источника его нет.</translation>
        </message>
    </context>
    <context>
        <name>SourcesDialog</name>
        <message>
            <source>Data sources — {name}</source>
            <translation>Источники данных — {name}</translation>
        </message>
        <message>
            <source>Search sources…</source>
            <translation>Поиск источников…</translation>
        </message>
        <message>
            <source>Search sources</source>
            <translation>Поиск источников</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Double-click a row to open its link in the browser. A title in [brackets] is supplied by the dataset: the source has none.</source>
            <translation>Дважды щёлкните строку, чтобы открыть её ссылку в браузере. Название в [скобках] дано набором данных: у источника его нет.</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln sources</source>
            <translation>
                <numerusform>{shown} из %Ln источника</numerusform>
                <numerusform>{shown} из %Ln источников</numerusform>
                <numerusform>{shown} из %Ln источников</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SystemErrors</name>
        <message>
            <source>Permission denied</source>
            <translation>Доступ запрещён</translation>
        </message>
        <message>
            <source>No such file or directory</source>
            <translation>Нет такого файла или каталога</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>На устройстве не осталось места</translation>
        </message>
        <message>
            <source>Read-only file system</source>
            <translation>Файловая система только для чтения</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>Это каталог</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>Это не каталог</translation>
        </message>
        <message>
            <source>File exists</source>
            <translation>Файл уже существует</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>Слишком длинное имя файла</translation>
        </message>
        <message>
            <source>Disk quota exceeded</source>
            <translation>Превышена дисковая квота</translation>
        </message>
        <message>
            <source>Input/output error</source>
            <translation>Ошибка ввода-вывода</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Операция не разрешена</translation>
        </message>
        <message>
            <source>Too many levels of symbolic links</source>
            <translation>Слишком много уровней символических ссылок</translation>
        </message>
        <message>
            <source>File too large</source>
            <translation>Файл слишком большой</translation>
        </message>
        <message>
            <source>Device or resource busy</source>
            <translation>Устройство или ресурс занято</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>Награда</translation>
        </message>
        <message>
            <source>Degree</source>
            <translation>Степень</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Conferred by</source>
            <translation>Кем вручена</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Достоверность</translation>
        </message>
        <message>
            <source>Linked event</source>
            <translation>Связанное событие</translation>
        </message>
        <message>
            <source>Events attended</source>
            <translation>Событий с участием</translation>
        </message>
        <message>
            <source>Also written</source>
            <translation>Другие написания</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Дата окончания</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Кратко</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Ряд</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Поток</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>Отчитывается</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Partner scope</source>
            <translation>Состав партнёра</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>Уточнение</translation>
        </message>
        <message>
            <source>Derived</source>
            <translation>Расчётное</translation>
        </message>
        <message>
            <source>Stated by</source>
            <translation>Кем заявлено</translation>
        </message>
        <message>
            <source>Source titles</source>
            <translation>Названия источников</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Ссылка</translation>
        </message>
        <message>
            <source>Not exact because</source>
            <translation>Неточно, потому что</translation>
        </message>
        <message>
            <source>Reporters</source>
            <translation>Отчитавшиеся</translation>
        </message>
        <message>
            <source>EU scope</source>
            <translation>Состав ЕС</translation>
        </message>
        <message>
            <source>Data rows</source>
            <translation>Строки данных</translation>
        </message>
        <message>
            <source>Invalid pattern: {error}</source>
            <translation>Неверный шаблон: {error}</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <source>People &amp; awards</source>
            <translation>Люди и награды</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Торговля</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>Search events</source>
            <translation>Поиск событий</translation>
        </message>
        <message>
            <source>Search titles, summaries, places and people…</source>
            <translation>Поиск по названиям, описаниям, местам и людям…</translation>
        </message>
        <message>
            <source>Number of events shown</source>
            <translation>Число показанных событий</translation>
        </message>
        <message>
            <source>First year shown</source>
            <translation>Первый показанный год</translation>
        </message>
        <message>
            <source>Last year shown</source>
            <translation>Последний показанный год</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Годы</translation>
        </message>
        <message>
            <source>Zoom out (−)</source>
            <translation>Уменьшить (−)</translation>
        </message>
        <message>
            <source>Zoom in (+)</source>
            <translation>Увеличить (+)</translation>
        </message>
        <message>
            <source>Fit all</source>
            <translation>Показать всё</translation>
        </message>
        <message>
            <source>Fit all events (Home)</source>
            <translation>Показать все события (Home)</translation>
        </message>
        <message>
            <source>Show every event (Home)</source>
            <translation>Показать все события (Home)</translation>
        </message>
        <message>
            <source>Show {kinds}</source>
            <translation>Показывать: {kinds}</translation>
        </message>
        <message>
            <source>Show {kinds} on the timeline and in the list</source>
            <translation>Показывать на хронологии и в списке: {kinds}</translation>
        </message>
        <message>
            <source>Highlighted events</source>
            <translation>Выделенные события</translation>
        </message>
        <message>
            <source>Clear highlight</source>
            <translation>Снять выделение</translation>
        </message>
        <message>
            <source>Clear the highlight of selected people and years</source>
            <translation>Снять выделение выбранных людей и лет</translation>
        </message>
        <message>
            <source>Events list</source>
            <translation>Список событий</translation>
        </message>
        <message>
            <source>Preparing the list</source>
            <translation>Подготовка списка</translation>
        </message>
        <message>
            <source>timeline: there is no kind of event {kind!r}</source>
            <translation>хронология: нет типа событий {kind!r}</translation>
        </message>
        <message>
            <source>zoom</source>
            <translation>масштаб</translation>
        </message>
        <message>
            <source>fit all</source>
            <translation>показать всё</translation>
        </message>
        <message>
            <source>Kazakhstan–EU relations: no events</source>
            <translation>Отношения Казахстан–ЕС: событий нет</translation>
        </message>
        <message>
            <source>Cannot write {path}: no dataset is open</source>
            <translation>Нельзя записать {path}: набор данных не открыт</translation>
        </message>
        <message numerus="yes">
            <source>Preparing the list of %Ln events…</source>
            <translation>
                <numerusform>Готовится список из %Ln события…</numerusform>
                <numerusform>Готовится список из %Ln событий…</numerusform>
                <numerusform>Готовится список из %Ln событий…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preparing the search of %Ln titles…</source>
            <translation>
                <numerusform>Готовится поиск по %Ln названию…</numerusform>
                <numerusform>Готовится поиск по %Ln названиям…</numerusform>
                <numerusform>Готовится поиск по %Ln названиям…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events</source>
            <translation>
                <numerusform>%Ln событие</numerusform>
                <numerusform>%Ln события</numerusform>
                <numerusform>%Ln событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln events</source>
            <translation>
                <numerusform>{shown} из %Ln события</numerusform>
                <numerusform>{shown} из %Ln событий</numerusform>
                <numerusform>{shown} из %Ln событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> и ещё %n</numerusform>
                <numerusform> и ещё %n</numerusform>
                <numerusform> и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>with {names}</source>
            <translation>с участием: {names}</translation>
        </message>
        <message>
            <source>in {years}</source>
            <translation>в {years}</translation>
        </message>
        <message numerus="yes">
            <source>%n events highlighted: {reasons}</source>
            <translation>
                <numerusform>выделено %n событие: {reasons}</numerusform>
                <numerusform>выделено %n события: {reasons}</numerusform>
                <numerusform>выделено %n событий: {reasons}</numerusform>
            </translation>
        </message>
        <message>
            <source> or </source>
            <translation> или </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>No events match the search and filters.</source>
            <translation>Под поиск и фильтры не подходит ни одно событие.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Events in lanes by kind on a date axis. Left and Right step through events, plus and minus zoom, Home fits all, Enter shows the details.</source>
            <translation>События по дорожкам по типам на оси дат. Влево и Вправо — переход по событиям, плюс и минус — масштаб, Home — показать всё, Enter — подробности.</translation>
        </message>
        <message>
            <source> (month only)</source>
            <translation> (только месяц)</translation>
        </message>
        <message>
            <source> (year only)</source>
            <translation> (только год)</translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n событие</numerusform>
                <numerusform>%n события</numerusform>
                <numerusform>%n событий</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to zoom in</source>
            <translation>Щёлкните, чтобы приблизить</translation>
        </message>
        <message numerus="yes">
            <source>%Ln events in view, drawn as their density: zoom in to see each one</source>
            <translation>
                <numerusform>%Ln событие в окне показано плотностью: приблизьте, чтобы увидеть каждое</numerusform>
                <numerusform>%Ln события в окне показаны плотностью: приблизьте, чтобы увидеть каждое</numerusform>
                <numerusform>%Ln событий в окне показаны плотностью: приблизьте, чтобы увидеть каждое</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{drawn} of %n titles shown: zoom in or hover for the others</source>
            <translation>
                <numerusform>названий {drawn} из %n: увеличьте или наведите курсор</numerusform>
                <numerusform>названий {drawn} из %n: увеличьте или наведите курсор</numerusform>
                <numerusform>названий {drawn} из %n: увеличьте или наведите курсор</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TradePlot</name>
        <message>
            <source> (hidden)</source>
            <translation> (скрыто)</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>нарастающим итогом</translation>
        </message>
        <message>
            <source>as stated</source>
            <translation>как заявлено</translation>
        </message>
        <message>
            <source>{text} {reported}/{members} reporting</source>
            <translation>{text} отчитались {reported}/{members}</translation>
        </message>
        <message>
            <source> (lower panel)</source>
            <translation> (нижняя панель)</translation>
        </message>
        <message>
            <source>Trade chart</source>
            <translation>Диаграмма торговли</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>as published: {value} {unit}</source>
            <translation>как опубликовано: {value} {unit}</translation>
        </message>
        <message>
            <source>reporters: {reported} of {members}</source>
            <translation>отчитались: {reported} из {members}</translation>
        </message>
        <message>
            <source>derived: {how}</source>
            <translation>расчёт: {how}</translation>
        </message>
        <message>
            <source>stated by {who}</source>
            <translation>заявил(а): {who}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Примечание: {note}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Источник: {source}</translation>
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
            <translation>Ряд издателя</translation>
        </message>
        <message>
            <source>Which publisher's series to show (publisher and EU scope)</source>
            <translation>Ряд какого издателя показать (издатель и состав ЕС)</translation>
        </message>
        <message>
            <source>First year</source>
            <translation>Первый год</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Последний год</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>Лог. шкала</translation>
        </message>
        <message>
            <source>Logarithmic value axis</source>
            <translation>Логарифмическая ось значений</translation>
        </message>
        <message>
            <source>Reset zoom</source>
            <translation>Сбросить масштаб</translation>
        </message>
        <message>
            <source>Show every year of the chart</source>
            <translation>Показать все годы диаграммы</translation>
        </message>
        <message>
            <source>Chart:</source>
            <translation>Диаграмма:</translation>
        </message>
        <message>
            <source>Series:</source>
            <translation>Ряд:</translation>
        </message>
        <message>
            <source>Years:</source>
            <translation>Годы:</translation>
        </message>
        <message>
            <source>Chart title</source>
            <translation>Заголовок диаграммы</translation>
        </message>
        <message>
            <source>Filter the table…</source>
            <translation>Фильтр таблицы…</translation>
        </message>
        <message>
            <source>Filter the chart's data table</source>
            <translation>Фильтр таблицы данных диаграммы</translation>
        </message>
        <message>
            <source>Data points of the chart</source>
            <translation>Точки данных диаграммы</translation>
        </message>
        <message>
            <source>Rows no chart shows</source>
            <translation>Строки, которых нет ни на одной диаграмме</translation>
        </message>
        <message numerus="yes">
            <source>%n trade and indicator rows of this dataset appear in no chart. Hover here to see which and why.</source>
            <translation>
                <numerusform>%n строка торговли или показателей этого набора данных не попадает ни на одну диаграмму. Наведите сюда указатель, чтобы узнать, какая и почему.</numerusform>
                <numerusform>%n строки торговли и показателей этого набора данных не попадают ни на одну диаграмму. Наведите сюда указатель, чтобы узнать, какие и почему.</numerusform>
                <numerusform>%n строк торговли и показателей этого набора данных не попадают ни на одну диаграмму. Наведите сюда указатель, чтобы узнать, какие и почему.</numerusform>
            </translation>
        </message>
        <message>
            <source>Chart not copied</source>
            <translation>Диаграмма не скопирована</translation>
        </message>
        <message>
            <source>Cannot write {name}: there is no chart to export</source>
            <translation>Нельзя записать {name}: нет диаграммы для экспорта</translation>
        </message>
        <message>
            <source>This chart cannot be drawn from the current dataset: {error}</source>
            <translation>Эту диаграмму нельзя построить по текущему набору данных: {error}</translation>
        </message>
        <message>
            <source>Not for bars, zero or negative values</source>
            <translation>Не для столбцов, нулевых или отрицательных значений</translation>
        </message>
        <message>
            <source>trade table: no column {column!r} to sort by</source>
            <translation>таблица торговли: нет столбца {column!r} для сортировки</translation>
        </message>
        <message>
            <source>trade: there is no chart {chart!r}; showing {default!r}</source>
            <translation>торговля: нет диаграммы {chart!r}; показана {default!r}</translation>
        </message>
        <message>
            <source>trade: the chart has no series {series!r} in this dataset</source>
            <translation>торговля: в этом наборе данных у диаграммы нет ряда {series!r}</translation>
        </message>
        <message>
            <source>chart “{title}”</source>
            <translation>диаграмма «{title}»</translation>
        </message>
        <message>
            <source>sort by {columns}</source>
            <translation>сортировка по: {columns}</translation>
        </message>
        <message>
            <source>unsorted</source>
            <translation>без сортировки</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln points</source>
            <translation>
                <numerusform>{shown} из %Ln точки</numerusform>
                <numerusform>{shown} из %Ln точек</numerusform>
                <numerusform>{shown} из %Ln точек</numerusform>
            </translation>
        </message>
        <message>
            <source>matched in: {columns}</source>
            <translation>найдено в: {columns}</translation>
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
                <numerusform>выделение: %n выбранный идентификатор отсутствует в этом наборе данных и пропущен</numerusform>
                <numerusform>выделение: %n выбранных идентификатора отсутствуют в этом наборе данных и пропущены</numerusform>
                <numerusform>выделение: %n выбранных идентификаторов отсутствуют в этом наборе данных и пропущены</numerusform>
            </translation>
        </message>
        <message>
            <source>{where}: expected an object, found {kind}; left as it was</source>
            <translation>{where}: ожидался объект, найдено {kind}; оставлено как было</translation>
        </message>
        <message>
            <source>{where}: unknown setting, ignored</source>
            <translation>{where}: неизвестная настройка, пропущена</translation>
        </message>
        <message>
            <source>expected an object of column: values</source>
            <translation>ожидался объект вида «столбец: значения»</translation>
        </message>
        <message>
            <source>expected a list or number, not text</source>
            <translation>ожидался список или число, а не текст</translation>
        </message>
        <message>
            <source>{where}: {reason}; left as it was</source>
            <translation>{where}: {reason}; оставлено как было</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: такого файла нет</translation>
        </message>
        <message>
            <source>{path}: not a file</source>
            <translation>{path}: это не файл</translation>
        </message>
        <message>
            <source>{path}: {size} bytes is far too large for a view file</source>
            <translation>{path}: {size} байт — слишком много для файла вида</translation>
        </message>
        <message>
            <source>{path}: cannot be read: {reason}</source>
            <translation>{path}: не удаётся прочитать: {reason}</translation>
        </message>
        <message>
            <source>{path}: not UTF-8 text (byte {byte})</source>
            <translation>{path}: это не текст UTF-8 (байт {byte})</translation>
        </message>
        <message>
            <source>{where}: not a view file: {reason}</source>
            <translation>{where}: это не файл вида: {reason}</translation>
        </message>
        <message>
            <source>{path}: not a kzeuviewer view file (its format is {format})</source>
            <translation>{path}: это не файл вида kzeuviewer (его формат — {format})</translation>
        </message>
        <message>
            <source>{path}: the version {version} is not a version number</source>
            <translation>{path}: версия {version} — не номер версии</translation>
        </message>
        <message>
            <source>{path}: written by a newer kzeuviewer (view format {version}; this one reads {known})</source>
            <translation>{path}: записан более новой версией kzeuviewer (формат вида {version}; эта версия читает {known})</translation>
        </message>
        <message>
            <source>dataset: neither the bundled dataset nor a folder path; the current dataset is kept</source>
            <translation>набор данных: не встроенный набор и не путь к папке; текущий набор данных сохранён</translation>
        </message>
        <message>
            <source>tab: {tab} is not one of {tabs}</source>
            <translation>вкладка: {tab} — не одна из {tabs}</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <source>selection: expected an object; nothing selected</source>
            <translation>выделение: ожидался объект; ничего не выбрано</translation>
        </message>
        <message>
            <source>{where}: expected a list of ids</source>
            <translation>{where}: ожидался список идентификаторов</translation>
        </message>
        <message>
            <source>selection.years: expected a list of whole years</source>
            <translation>selection.years: ожидался список целых годов</translation>
        </message>
        <message>
            <source>{where}: expected text</source>
            <translation>{where}: ожидался текст</translation>
        </message>
    </context>
</TS>
