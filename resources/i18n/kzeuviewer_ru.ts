<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>PeopleTab</source>
        <comment>Search people and awards</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Search names, roles, organisations, awards, events…  (Ctrl+F)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Searches the shown columns as you type; ignores case and accents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Search with a regular expression</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Regular expression search</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Rows shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Columns the search matched out of view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Choose columns</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Columns ▾</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Hide, show or reset columns (also: right-click a column header)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Export…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Export the table as shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Export the rows and columns as shown to CSV or Excel (Ctrl+E)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Search error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>People and awards</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PeopleTab</source>
        <comment>Nothing matches</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PeopleTab</source>
        <comment>{shown} of %Ln rows</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Search events</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Search titles, summaries, places and people…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Number of events shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>First year shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Last year shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Zoom out (−)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Zoom in (+)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Fit all</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Fit all events (Home)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Show every event (Home)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Show {kinds}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Show {kinds} on the timeline and in the list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Highlighted events</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Clear highlight</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Clear the highlight of selected people and years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineTab</source>
        <comment>Events list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradePlot</source>
        <comment>as published: {value} {unit}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradePlot</source>
        <comment>reporters: {reported} of {members}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradePlot</source>
        <comment>derived: {how}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradePlot</source>
        <comment>stated by {who}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradePlot</source>
        <comment>Note: {note}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradePlot</source>
        <comment>Source: {source}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Publisher series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Which publisher&apos;s series to show (publisher and EU scope)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>First year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Last year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Log scale</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Logarithmic value axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Reset zoom</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Show every year of the chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Chart:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Series:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Years:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Chart title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Filter the table…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Filter the chart&apos;s data table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TradeTab</source>
        <comment>Data points of the chart</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Dataset not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset at {path} cannot be opened; the bundled dataset is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {path}; showing the bundled dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last dataset ({path}) is gone; showing the bundled dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last dataset ({path}) cannot be opened; showing the bundled dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kzeuviewer cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Captions</name>
    <message>
        <source>Units: {units}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{series} hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} (upper panel); {right} (lower panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in the years shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every reporter (count beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hollow: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markers: {markers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %n more publishers (each point&apos;s source is in the CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search “{search}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan–EU relations: %Ln event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan–EU relations: %Ln events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %n more (every source is in the events CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>computed by kzeuviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports minus imports of the same series, year and EU scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change on the previous calendar year of the same series and EU scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports plus imports of the same series, year and EU scope (turnover not published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s trade with the EU — {option}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by Kazakhstan. Each EU scope is its own series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s trade balance with the EU — {option}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive: Kazakhstan exports more to the EU than it imports. Stated figures in another currency are in their own panel below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-on-year growth of Kazakhstan–EU trade — {option}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: computed from full-year figures of one series and scope. Points: growth rates as stated (some on part of a year); growth over several years is its own series, at its end year, tagged with its span (e.g. 2019–2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EU&apos;s share of Kazakhstan&apos;s foreign trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of Kazakhstan&apos;s trade with all countries. EU28 (with the UK) and EU27 shares are separate series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU exports to Kazakhstan (EU-reported, EUR; IMF mirror in USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR above (Eurostat and EU statements); USD below (sum of EU members&apos; reports to the IMF). Currencies are never converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s exports to the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s imports from the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan–EU trade turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: publishers and EU scopes compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each publisher and EU scope is its own series; EU-reported figures are the mirror flow. USD above, EUR below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment from the EU in Kazakhstan (stated figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points, not lines: annual, part-year and cumulative figures from different statements. USD above, EUR below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EU&apos;s share of investment in Kazakhstan, and stated investment growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares on different bases (FDI flows, FDI stock, cumulative, &apos;investment&apos; without saying FDI) as stated; growth rates as stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror gap: EU-reported exports vs Kazakhstan-reported imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As computed by a third party (currencies differ between the two sides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s exports to, imports from and turnover with the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports and imports as bars, turnover as a line, as far as the publisher gives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s trade balance with the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports minus imports for one publisher series, with stated balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-on-year growth of Kazakhstan–EU trade (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed growth of one publisher series, with stated growth rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EU&apos;s share of Kazakhstan&apos;s foreign trade (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published and stated shares of the EU in Kazakhstan&apos;s trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU exports to Kazakhstan (Eurostat, EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-reported exports in EUR on their own axis; the IMF mirror in USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s exports to the EU: publishers compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BNS vs IMF DOTS vs statements, EU27 vs EU28 incl. UK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s imports from the EU: publishers compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BNS vs statements, and the EU&apos;s own export figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan–EU trade turnover: publishers compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BNS vs statements and press, EU27 vs EU28 incl. UK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment from the EU (stated figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FDI and investment figures as points; annual, part-year and cumulative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU share of investment and stated investment growth (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares of FDI on the bases stated, and stated growth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s trade with the United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UK rows: the difference between EU28 and EU27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included in BNS &apos;EU countries&apos; for 2018–2022; never part of the IMF and Eurostat EU27 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s trade with all countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s totals: the base of the EU shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s totals with the World, used for the EU shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror gap: EU-reported exports vs Kazakhstan-reported imports (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap between the two sides&apos; records, as computed by a third party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eurostat monthly: EU exports to Kazakhstan (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per month (period YYYY-MM), EUR. Calendar-year sums only for years with all 12 months; a part year is never shown as a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU exports to Kazakhstan month by month, with sums for complete years only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>single source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced, not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Column headers: click to sort, Shift+click to add a sort key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset column order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy without headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDetailPanel</name>
    <message>
        <source>the source gives the month, not the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source gives the year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the list to see who took part and where each fact comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden on the timeline by the current search or filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date is not given to the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} (%n days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? {doubt}: do not take this date or fact as settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants are recorded for this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select {name} in every tab and highlight their events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected person in People &amp; awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source could be resolved for this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source {id} in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web links (http, https) are opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {name} in People &amp;&amp; awards →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not be opened in a web browser:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a value of {column}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a value of {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the {column} filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter {column} by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the earliest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the latest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partial date (a year, a month) counts if any of it is in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the {column} range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by {column} (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some values of {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the {column} filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp;&amp; awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kzeuviewer main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;bundled dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About kzeuviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset: bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %Ln problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan–EU relations — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About kzeuviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Relations between Kazakhstan and the European Union: meetings, people and awards, trade and investment — every fact with its source.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Dataset: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: MIT. Data: see Help ▸ Data sources for each source&apos;s publisher.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kzeuviewer view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the view to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current view is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view&apos;s dataset folder {folder} is gone: choose its new place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View not opened: its dataset folder is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the view {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the view was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view was opened, but some of it does not fit the current dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset was not opened; the current one is still loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset at {path} cannot be opened ({summary}). The current dataset is still loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset at {path} cannot be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>people: no column {column!r} to filter on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people: no column {column!r} to sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort by {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter on {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export people and awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %Ln rows to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export {name}: no dataset is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched in: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people match {search} with the filters set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people match {search}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people match the filters set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDetails</name>
    <message>
        <source>{award}, {degree} degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and awards of the selected person, with sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events the selected person attended; click one to show it in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an event to select it and show it in the Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see the person&apos;s roles, awards with their sources, and the meetings they attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of %Ln selected people (the current row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected, but the search or a filter hides this person&apos;s rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award from Kazakhstan in the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show it in the Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events attended ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Dataset problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n rows were skipped,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance (exports − imports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU exports to Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Data sources — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to open its link in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exact because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>timeline: there is no kind of event {kind!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan–EU relations: no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: no dataset is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of %Ln events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n events highlighted: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No events match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in lanes by kind on a date axis. Left and Right step through events, plus and minus zoom, Home fits all, Enter shows the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (month only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (year only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drawn} of %n titles shown: zoom in or hover for the others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradePlot</name>
    <message>
        <source> (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} {reported}/{members} reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (lower panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeTab</name>
    <message>
        <source>Chart not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {name}: there is no chart to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart cannot be drawn from the current dataset: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for bars, zero or negative values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade table: no column {column!r} to sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade: there is no chart {chart!r}; showing {default!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade: the chart has no series {series!r} in this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort by {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of %Ln points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched in: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
