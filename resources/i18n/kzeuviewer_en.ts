<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Captions</name>
        <message numerus="yes">
            <source>%n series hidden</source>
            <translation>
                <numerusform>%n series hidden</numerusform>
                <numerusform>%n series hidden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n series</source>
            <translation>
                <numerusform>%n series</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{publisher} (%n documents)</source>
            <translation>
                <numerusform>{publisher} (%n document)</numerusform>
                <numerusform>{publisher} (%n documents)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n more publishers (each point's source is in the CSV)</source>
            <translation>
                <numerusform>; %n more publisher (each point's source is in the CSV)</numerusform>
                <numerusform>; %n more publishers (each point's source is in the CSV)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kazakhstan–EU relations: %Ln event</source>
            <translation>
                <numerusform>Kazakhstan–EU relations: %Ln event</numerusform>
                <numerusform>Kazakhstan–EU relations: %Ln events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kazakhstan–EU relations: %Ln events</source>
            <translation>
                <numerusform>Kazakhstan–EU relations: %Ln event</numerusform>
                <numerusform>Kazakhstan–EU relations: %Ln events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more (every source is in the events CSV)</source>
            <translation>
                <numerusform>and %n more (every source is in the events CSV)</numerusform>
                <numerusform>and %n more (every source is in the events CSV)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Coverage</name>
        <message numerus="yes">
            <source>%Ln trade rows ({file} lines {lines}): {reason}</source>
            <translation>
                <numerusform>%Ln trade row ({file} line {lines}): {reason}</numerusform>
                <numerusform>%Ln trade rows ({file} lines {lines}): {reason}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln indicators rows ({file} lines {lines}): {reason}</source>
            <translation>
                <numerusform>%Ln indicators row ({file} line {lines}): {reason}</numerusform>
                <numerusform>%Ln indicators rows ({file} lines {lines}): {reason}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln trade rows</source>
            <translation>
                <numerusform>%Ln trade row</numerusform>
                <numerusform>%Ln trade rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln indicator rows</source>
            <translation>
                <numerusform>%Ln indicator row</numerusform>
                <numerusform>%Ln indicator rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln trade rows are shown in no chart:</source>
            <translation>
                <numerusform>%Ln trade row is shown in no chart:</numerusform>
                <numerusform>%Ln trade rows are shown in no chart:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln indicator rows are shown in no chart:</source>
            <translation>
                <numerusform>%Ln indicator row is shown in no chart:</numerusform>
                <numerusform>%Ln indicator rows are shown in no chart:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventDetailPanel</name>
        <message numerus="yes">
            <source>{when} (%n days)</source>
            <translation>
                <numerusform>{when} (%n day)</numerusform>
                <numerusform>{when} (%n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message numerus="yes">
            <source>{first} and %n more</source>
            <translation>
                <numerusform>{first} and %n more</numerusform>
                <numerusform>{first} and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>The files have %Ln problems, so nothing can be imported until they are fixed.</source>
            <translation>
                <numerusform>The files have %Ln problem, so nothing can be imported until it is fixed.</numerusform>
                <numerusform>The files have %Ln problems, so nothing can be imported until they are fixed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln figures are given by two files with different values; the later publication is used.</source>
            <translation>
                <numerusform>%Ln figure is given by two files with different values; the later publication is used.</numerusform>
                <numerusform>%Ln figures are given by two files with different values; the later publication is used.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Apply will write %Ln rows into the dataset.</source>
            <translation>
                <numerusform>Apply will write %Ln row into the dataset.</numerusform>
                <numerusform>Apply will write %Ln rows into the dataset.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln rows.</source>
            <translation>
                <numerusform>Imported %Ln row.</numerusform>
                <numerusform>Imported %Ln rows.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln events</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln awards</source>
            <translation>
                <numerusform>%Ln award</numerusform>
                <numerusform>%Ln awards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln trade figures</source>
            <translation>
                <numerusform>%Ln trade figure</numerusform>
                <numerusform>%Ln trade figures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sources</source>
            <translation>
                <numerusform>%Ln source</numerusform>
                <numerusform>%Ln sources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %Ln problems</source>
            <translation>
                <numerusform>⚠ %Ln problem</numerusform>
                <numerusform>⚠ %Ln problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Printed %n pages</source>
            <translation>
                <numerusform>Printed %n page</numerusform>
                <numerusform>Printed %n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> — %Ln rows skipped or warnings; see the problems counter</source>
            <translation>
                <numerusform> — %Ln row skipped or warning; see the problems counter</numerusform>
                <numerusform> — %Ln rows skipped or warnings; see the problems counter</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message numerus="yes">
            <source>Exported %Ln rows to {path}</source>
            <translation>
                <numerusform>Exported %Ln row to {path}</numerusform>
                <numerusform>Exported %Ln rows to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln rows</source>
            <translation>
                <numerusform>{shown} of %Ln row</numerusform>
                <numerusform>{shown} of %Ln rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonDetails</name>
        <message numerus="yes">
            <source>1 of %Ln selected people (the current row).</source>
            <translation>
                <numerusform>1 of %Ln selected person (the current row).</numerusform>
                <numerusform>1 of %Ln selected people (the current row).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message numerus="yes">
            <source>%Ln fatal problems</source>
            <translation>
                <numerusform>%Ln fatal problem</numerusform>
                <numerusform>%Ln fatal problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message numerus="yes">
            <source>%n problems in &lt;code&gt;{path}&lt;/code&gt;:</source>
            <translation>
                <numerusform>%n problem in &lt;code&gt;{path}&lt;/code&gt;:</numerusform>
                <numerusform>%n problems in &lt;code&gt;{path}&lt;/code&gt;:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows were skipped,</source>
            <translation>
                <numerusform>%n row was skipped,</numerusform>
                <numerusform>%n rows were skipped,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings changed nothing.</source>
            <translation>
                <numerusform>%n warning changed nothing.</numerusform>
                <numerusform>%n warnings changed nothing.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourcesDialog</name>
        <message numerus="yes">
            <source>{shown} of %Ln sources</source>
            <translation>
                <numerusform>{shown} of %Ln source</numerusform>
                <numerusform>{shown} of %Ln sources</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message numerus="yes">
            <source>Preparing the list of %Ln events…</source>
            <translation>
                <numerusform>Preparing the list of %Ln event…</numerusform>
                <numerusform>Preparing the list of %Ln events…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preparing the search of %Ln titles…</source>
            <translation>
                <numerusform>Preparing the search of %Ln title…</numerusform>
                <numerusform>Preparing the search of %Ln titles…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln events</source>
            <translation>
                <numerusform>{shown} of %Ln event</numerusform>
                <numerusform>{shown} of %Ln events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events highlighted: {reasons}</source>
            <translation>
                <numerusform>%n event highlighted: {reasons}</numerusform>
                <numerusform>%n events highlighted: {reasons}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln events in view, drawn as their density: zoom in to see each one</source>
            <translation>
                <numerusform>%Ln event in view, drawn as a density: zoom in to see it</numerusform>
                <numerusform>%Ln events in view, drawn as their density: zoom in to see each one</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{drawn} of %n titles shown: zoom in or hover for the others</source>
            <translation>
                <numerusform>{drawn} of %n title shown: zoom in or hover for the others</numerusform>
                <numerusform>{drawn} of %n titles shown: zoom in or hover for the others</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TradeTab</name>
        <message numerus="yes">
            <source>%n trade and indicator rows of this dataset appear in no chart. Hover here to see which and why.</source>
            <translation>
                <numerusform>%n trade or indicator row of this dataset appears in no chart. Hover here to see which and why.</numerusform>
                <numerusform>%n trade and indicator rows of this dataset appear in no chart. Hover here to see which and why.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln points</source>
            <translation>
                <numerusform>{shown} of %Ln point</numerusform>
                <numerusform>{shown} of %Ln points</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message numerus="yes">
            <source>selection: %n selected ids are not in this dataset and were left out</source>
            <translation>
                <numerusform>selection: %n selected id is not in this dataset and was left out</numerusform>
                <numerusform>selection: %n selected ids are not in this dataset and were left out</numerusform>
            </translation>
        </message>
    </context>
</TS>
