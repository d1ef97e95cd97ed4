<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name/>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>{what} selected</source>
        <translation>{what} ausgewählt</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(mehrere Werte)</translation>
    </message>
    <message>
        <source>(no lane)</source>
        <translation>(keine Lane)</translation>
    </message>
    <message>
        <source>enter the minimum, typical and maximum duration</source>
        <translation>Geben Sie die minimale, typische und maximale Dauer ein</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>a process needs a name</source>
        <translation>Ein Prozess braucht einen Namen</translation>
    </message>
    <message>
        <source>As-is</source>
        <comment>diagram name</comment>
        <translation>Ist</translation>
    </message>
    <message>
        <source>New process {name}</source>
        <translation>Neuer Prozess {name}</translation>
    </message>
    <message>
        <source>New diagram {name}</source>
        <translation>Neues Diagramm {name}</translation>
    </message>
    <message>
        <source>New diagram</source>
        <translation>Neues Diagramm</translation>
    </message>
    <message>
        <source>To-be</source>
        <comment>diagram name</comment>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Create {name} from {source}</source>
        <translation>{name} aus {source} erstellen</translation>
    </message>
    <message>
        <source>Add pool {name}</source>
        <translation>Pool {name} hinzufügen</translation>
    </message>
    <message>
        <source>Add pool</source>
        <translation>Pool hinzufügen</translation>
    </message>
    <message>
        <source>lanes go into a pool or another lane</source>
        <translation>Lanes gehören in einen Pool oder eine andere Lane</translation>
    </message>
    <message>
        <source>Add lane {name}</source>
        <translation>Lane {name} hinzufügen</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Lane hinzufügen</translation>
    </message>
    <message>
        <source>Delete lane {name}</source>
        <translation>Lane {name} löschen</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Lane löschen</translation>
    </message>
    <message>
        <source>Resize lane {name}</source>
        <translation>Größe der Lane {name} ändern</translation>
    </message>
    <message>
        <source>Resize lane</source>
        <translation>Größe der Lane ändern</translation>
    </message>
    <message>
        <source>Move lane {name}</source>
        <translation>Lane {name} verschieben</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Lane verschieben</translation>
    </message>
    <message>
        <source>Add phase {name}</source>
        <translation>Phase {name} hinzufügen</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Resize phase {name}</source>
        <translation>Größe der Phase {name} ändern</translation>
    </message>
    <message>
        <source>Resize phase</source>
        <translation>Größe der Phase ändern</translation>
    </message>
    <message>
        <source>Move phase {name}</source>
        <translation>Phase {name} verschieben</translation>
    </message>
    <message>
        <source>Move phase</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>{kind} is not a kind of step</source>
        <translation>{kind} ist keine Schrittart</translation>
    </message>
    <message>
        <source>Add {what} {name}</source>
        <translation>{what} {name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {fields} of {what}</source>
        <translation>{fields} von {what} bearbeiten</translation>
    </message>
    <message>
        <source>Rename {what}</source>
        <translation>{what} umbenennen</translation>
    </message>
    <message>
        <source>Paste {what}</source>
        <translation>{what} einfügen</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>Align {what} {direction}</source>
        <translation>{what} {direction} ausrichten</translation>
    </message>
    <message>
        <source>Distribute {what}</source>
        <translation>{what} verteilen</translation>
    </message>
    <message>
        <source>Expand {what}</source>
        <translation>{what} aufklappen</translation>
    </message>
    <message>
        <source>Collapse {what}</source>
        <translation>{what} zuklappen</translation>
    </message>
    <message>
        <source>Change kind of {what}</source>
        <translation>Art von {what} ändern</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} ist keine Zahl</translation>
    </message>
    <message>
        <source>enter a number of zero or more</source>
        <translation>Geben Sie eine Zahl ab null ein</translation>
    </message>
    <message>
        <source>a probability lies between 0 and 1 (or 0 % and 100 %)</source>
        <translation>eine Wahrscheinlichkeit liegt zwischen 0 und 1 (oder 0 % und 100 %)</translation>
    </message>
    <message>
        <source>{text} is not a whole number of months</source>
        <translation>{text} ist keine ganze Zahl von Monaten</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD</source>
        <translation>{text} ist kein Datum; schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>monthly</source>
        <comment>KPI frequency</comment>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>weekly</source>
        <comment>KPI frequency</comment>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>quarterly</source>
        <comment>KPI frequency</comment>
        <translation>quartalsweise</translation>
    </message>
    <message>
        <source>yearly</source>
        <comment>KPI frequency</comment>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>daily</source>
        <comment>KPI frequency</comment>
        <translation>täglich</translation>
    </message>
    <message>
        <source>per case</source>
        <comment>KPI frequency</comment>
        <translation>pro Fall</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Neue Kennzahl</translation>
    </message>
    <message>
        <source>KPI name</source>
        <translation>Name der Kennzahl</translation>
    </message>
    <message>
        <source>e.g. Lead time</source>
        <translation>z. B. Durchlaufzeit</translation>
    </message>
    <message>
        <source>KPI unit</source>
        <translation>Einheit der Kennzahl</translation>
    </message>
    <message>
        <source>e.g. days</source>
        <translation>z. B. Tage</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>Zielwert der Kennzahl</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Describe this level.</source>
        <translation>Beschreiben Sie diese Stufe.</translation>
    </message>
    <message>
        <source>New maturity model</source>
        <translation>Neues Reifegradmodell</translation>
    </message>
    <message numerus="yes">
        <source>%n below target</source>
        <translation>
            <numerusform>%n unter dem Ziel</numerusform>
            <numerusform>%n unter dem Ziel</numerusform>
        </translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Open in Maturity area</source>
        <translation>Im Bereich Reifegrad öffnen</translation>
    </message>
    <message>
        <source>Likelihood (1-5)</source>
        <translation>Wahrscheinlichkeit (1-5)</translation>
    </message>
    <message>
        <source>Impact (1-5)</source>
        <translation>Auswirkung (1-5)</translation>
    </message>
    <message>
        <source>describe the risk</source>
        <translation>beschreiben Sie das Risiko</translation>
    </message>
    <message>
        <source>Add control</source>
        <translation>Kontrolle hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Dimensions and level texts</source>
        <translation>Dimensionen und Stufentexte</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove last level</source>
        <translation>Letzte Stufe entfernen</translation>
    </message>
    <message>
        <source>Add dimension</source>
        <translation>Dimension hinzufügen</translation>
    </message>
    <message>
        <source>Remove dimension</source>
        <translation>Dimension entfernen</translation>
    </message>
    <message>
        <source>Load file…</source>
        <translation>Datei laden…</translation>
    </message>
    <message>
        <source>Levels (1 is the lowest)</source>
        <translation>Stufen (1 ist die niedrigste)</translation>
    </message>
    <message>
        <source>Dimensions: a text for every level</source>
        <translation>Dimensionen: ein Text für jede Stufe</translation>
    </message>
    <message>
        <source>Weak point category</source>
        <translation>Schwachstellenkategorie</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>Stufe {number}</translation>
    </message>
    <message>
        <source>Load maturity model</source>
        <translation>Reifegradmodell laden</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Of</source>
        <comment>what a KPI measures</comment>
        <translation>Für</translation>
    </message>
    <message>
        <source>The whole process</source>
        <translation>Der ganze Prozess</translation>
    </message>
    <message>
        <source>Choose a process first.</source>
        <translation>Wählen Sie zuerst einen Prozess.</translation>
    </message>
    <message>
        <source>Give the KPI a name.</source>
        <translation>Geben Sie der Kennzahl einen Namen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Fix / action</source>
        <translation>Behebung / Maßnahme</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>High: errors, weak points 4-5</source>
        <translation>Hoch: Fehler, Schwachstellen 4-5</translation>
    </message>
    <message>
        <source>Medium: warnings, weak points 2-3</source>
        <translation>Mittel: Warnungen, Schwachstellen 2-3</translation>
    </message>
    <message>
        <source>Low: weak points 1</source>
        <translation>Niedrig: Schwachstellen 1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>Prüfbefunde</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>{field}: {change}</source>
        <translation>{field}: {change}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Steps in {diagram}</source>
        <translation>Schritte in {diagram}</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Process attributes</source>
        <translation>Prozessangaben</translation>
    </message>
    <message>
        <source>Weak points</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>latest value: {change}</source>
        <translation>letzter Wert: {change}</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>finding severity</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>finding severity</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Behobene anzeigen</translation>
    </message>
    <message>
        <source>Weak points and check results of the diagram, worst first.</source>
        <translation>Schwachstellen und Prüfergebnisse des Diagramms, die schwersten zuerst.</translation>
    </message>
    <message>
        <source>Lint: {rule}</source>
        <translation>Prüfung: {rule}</translation>
    </message>
    <message>
        <source>Weak point: {category}</source>
        <translation>Schwachstelle: {category}</translation>
    </message>
    <message>
        <source>Severity {level}</source>
        <translation>Schweregrad {level}</translation>
    </message>
    <message>
        <source>Compliance: {rule}</source>
        <translation>Compliance: {rule}</translation>
    </message>
    <message>
        <source>(whole diagram)</source>
        <translation>(ganzes Diagramm)</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak point(s)</source>
        <translation>
            <numerusform>%n Schwachstelle</numerusform>
            <numerusform>%n Schwachstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compliance finding(s)</source>
        <translation>
            <numerusform>%n Compliance-Befund</numerusform>
            <numerusform>%n Compliance-Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Create risk from this weak point</source>
        <translation>Risiko aus dieser Schwachstelle anlegen</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Interrupting</source>
        <translation>Unterbrechend</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Kompensation</translation>
    </message>
    <message>
        <source>Expanded (contents shown)</source>
        <translation>Aufgeklappt (Inhalt sichtbar)</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Input / output</source>
        <translation>Eingabe / Ausgabe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Responsible role</source>
        <translation>Verantwortliche Rolle</translation>
    </message>
    <message>
        <source>Work instruction</source>
        <translation>Arbeitsanweisung</translation>
    </message>
    <message>
        <source>Inputs (one a line)</source>
        <translation>Eingaben (eine pro Zeile)</translation>
    </message>
    <message>
        <source>Outputs (one a line)</source>
        <translation>Ergebnisse (eines pro Zeile)</translation>
    </message>
    <message>
        <source>Systems (one a line)</source>
        <translation>Systeme (eines pro Zeile)</translation>
    </message>
    <message>
        <source>Duration min (minutes)</source>
        <translation>Dauer min. (Minuten)</translation>
    </message>
    <message>
        <source>Typical (minutes)</source>
        <translation>Typisch (Minuten)</translation>
    </message>
    <message>
        <source>Max (minutes)</source>
        <translation>Max. (Minuten)</translation>
    </message>
    <message>
        <source>Improvement portfolio</source>
        <translation>Verbesserungsportfolio</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand {date}</translation>
    </message>
    <message>
        <source>Priority matrix</source>
        <translation>Prioritätenmatrix</translation>
    </message>
    <message>
        <source>the median effort</source>
        <translation>der Median des Aufwands</translation>
    </message>
    <message>
        <source>the effort threshold set</source>
        <translation>die festgelegte Aufwandsschwelle</translation>
    </message>
    <message>
        <source>the median payoff</source>
        <translation>der Median des Nutzens</translation>
    </message>
    <message>
        <source>the payoff threshold set</source>
        <translation>die festgelegte Nutzenschwelle</translation>
    </message>
    <message>
        <source>Quadrant lines: {effort} and {payoff}.</source>
        <translation>Quadrantenlinien: {effort} und {payoff}.</translation>
    </message>
    <message>
        <source>Improvement portfolio · page {page}</source>
        <translation>Verbesserungsportfolio · Seite {page}</translation>
    </message>
    <message>
        <source>agreed by management on {date}</source>
        <translation>von der Geschäftsleitung am {date} beschlossen</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>noch nicht beschlossen</translation>
    </message>
    <message>
        <source>{name}, version {version}, {agreed}; scores from {low} to {high}.</source>
        <translation>{name}, Version {version}, {agreed}; Bewertungen von {low} bis {high}.</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normiert</translation>
    </message>
    <message>
        <source>Prioritisation framework</source>
        <translation>Priorisierungsrahmen</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Benefit / year</source>
        <translation>Nutzen / Jahr</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>Initiatives in rank order</source>
        <translation>Initiativen nach Rang</translation>
    </message>
    <message>
        <source>Amounts in {currency}.</source>
        <translation>Beträge in {currency}.</translation>
    </message>
    <message>
        <source>Weight now</source>
        <translation>Gewicht jetzt</translation>
    </message>
    <message>
        <source>Can fall by</source>
        <translation>Kann sinken um</translation>
    </message>
    <message>
        <source>Can rise by</source>
        <translation>Kann steigen um</translation>
    </message>
    <message>
        <source>to 0 %: no change</source>
        <translation>bis 0 %: keine Änderung</translation>
    </message>
    <message>
        <source>to 100 %: no change</source>
        <translation>bis 100 %: keine Änderung</translation>
    </message>
    <message>
        <source>How many percentage points each weight can move (the others scaled in proportion) before the top {top} of the ranking changes.</source>
        <translation>Um wie viele Prozentpunkte sich jedes Gewicht verschieben kann (die übrigen anteilig angepasst), bevor sich die ersten {top} der Rangfolge ändern.</translation>
    </message>
    <message>
        <source>Sensitivity of the ranking</source>
        <translation>Empfindlichkeit der Rangfolge</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Default flow</source>
        <translation>Standardfluss</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Not stated.</source>
        <translation>Nicht angegeben.</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>No definitions are recorded.</source>
        <translation>Es sind keine Begriffe erfasst.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>roles table column</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message numerus="yes">
        <source>{steps} and %n more</source>
        <comment>steps of a role</comment>
        <translation>
            <numerusform>{steps} und %n weiterer</numerusform>
            <numerusform>{steps} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps {numbers}: {steps}</source>
        <translation>Schritte {numbers}: {steps}</translation>
    </message>
    <message>
        <source>Accountable for steps {numbers}</source>
        <translation>Rechenschaftspflichtig für die Schritte {numbers}</translation>
    </message>
    <message>
        <source>Consulted on steps {numbers}</source>
        <translation>Konsultiert zu den Schritten {numbers}</translation>
    </message>
    <message>
        <source>Informed about steps {numbers}</source>
        <translation>Informiert über die Schritte {numbers}</translation>
    </message>
    <message>
        <source>No steps in this diagram.</source>
        <translation>Keine Schritte in diesem Diagramm.</translation>
    </message>
    <message>
        <source>No roles recorded.</source>
        <translation>Keine Rollen erfasst.</translation>
    </message>
    <message>
        <source>Responsibility matrix</source>
        <translation>Verantwortlichkeitsmatrix</translation>
    </message>
    <message>
        <source>{mark} = carries out the step (responsible).</source>
        <translation>{mark} = führt den Schritt durch (Durchführung).</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>step number column</comment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>step name column</comment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Starts when:&lt;/b&gt; {triggers}.</source>
        <translation>&lt;b&gt;Beginnt, wenn:&lt;/b&gt; {triggers}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ends with:&lt;/b&gt; {results}.</source>
        <translation>&lt;b&gt;Endet mit:&lt;/b&gt; {results}.</translation>
    </message>
    <message>
        <source>Step and work instruction</source>
        <translation>Schritt und Arbeitsanweisung</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>This diagram has no steps yet.</source>
        <translation>Dieses Diagramm hat noch keine Schritte.</translation>
    </message>
    <message>
        <source>{mark} = answers for the result (accountable).</source>
        <translation>{mark} = steht für das Ergebnis ein (rechenschaftspflichtig).</translation>
    </message>
    <message>
        <source>{mark} = is asked before (consulted).</source>
        <translation>{mark} = wird vorher gefragt (konsultiert).</translation>
    </message>
    <message>
        <source>{mark} = is told after (informed).</source>
        <translation>{mark} = wird danach unterrichtet (informiert).</translation>
    </message>
    <message>
        <source>A</source>
        <comment>responsibility matrix: answers for the step</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>C</source>
        <comment>responsibility matrix: is consulted on the step</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>I</source>
        <comment>responsibility matrix: is informed about the step</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>R</source>
        <comment>responsibility matrix: carries out the step</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>{name} (step {number})</source>
        <translation>{name} (Schritt {number})</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Inputs:&lt;/i&gt; {items}</source>
        <translation>&lt;i&gt;Eingaben:&lt;/i&gt; {items}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Outputs:&lt;/i&gt; {items}</source>
        <translation>&lt;i&gt;Ergebnisse:&lt;/i&gt; {items}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Systems:&lt;/i&gt; {items}</source>
        <translation>&lt;i&gt;Systeme:&lt;/i&gt; {items}</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>No revision history recorded.</source>
        <translation>Keine Änderungshistorie erfasst.</translation>
    </message>
    <message>
        <source>Process owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>This is a controlled document. A printed copy is valid only if its version matches the current issue; check it before use.</source>
        <translation>Dies ist ein gelenktes Dokument. Ein Ausdruck ist nur gültig, wenn seine Version der aktuellen Ausgabe entspricht; prüfen Sie dies vor der Verwendung.</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>signature table</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Netto-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Netto-Auswirkung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Level name</source>
        <translation>Name der Stufe</translation>
    </message>
    <message>
        <source>Approval recorded for version {version}</source>
        <translation>Freigabe für Version {version} erfasst</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>STANDARD OPERATING PROCEDURE</source>
        <translation>ARBEITSANWEISUNG (SOP)</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <source>Review every (months)</source>
        <translation>Prüfen alle (Monate)</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>None</source>
        <comment>event trigger</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>event trigger</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Timer</source>
        <comment>event trigger</comment>
        <translation>Zeitgeber</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>event trigger</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Signal</source>
        <comment>event trigger</comment>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Escalation</source>
        <comment>event trigger</comment>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Conditional</source>
        <comment>event trigger</comment>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>event trigger</comment>
        <translation>Link</translation>
    </message>
    <message>
        <source>Compensation</source>
        <comment>event trigger</comment>
        <translation>Kompensation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>event trigger</comment>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Terminate</source>
        <comment>event trigger</comment>
        <translation>Terminierung</translation>
    </message>
    <message>
        <source>Multiple</source>
        <comment>event trigger</comment>
        <translation>Mehrfach</translation>
    </message>
    <message>
        <source>Parallel multiple</source>
        <comment>event trigger</comment>
        <translation>Parallel mehrfach</translation>
    </message>
    <message>
        <source>Once</source>
        <comment>repetition</comment>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>Loop</source>
        <comment>repetition</comment>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Many at once (parallel)</source>
        <comment>repetition</comment>
        <translation>Mehrfach gleichzeitig (parallel)</translation>
    </message>
    <message>
        <source>Many in turn (sequential)</source>
        <comment>repetition</comment>
        <translation>Mehrfach nacheinander (sequenziell)</translation>
    </message>
    <message>
        <source>Neither</source>
        <comment>data object</comment>
        <translation>Keines von beiden</translation>
    </message>
    <message>
        <source>Input</source>
        <comment>data object</comment>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <comment>data object</comment>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>process status</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>process status</comment>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>weak point status</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>weak point status</comment>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>weak point status</comment>
        <translation>behoben</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <comment>weak point category</comment>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>weak point category</comment>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Rework</source>
        <comment>weak point category</comment>
        <translation>Nacharbeit</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>weak point category</comment>
        <translation>Manuelle Arbeit</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <comment>weak point category</comment>
        <translation>Doppelarbeit</translation>
    </message>
    <message>
        <source>Handoff</source>
        <comment>weak point category</comment>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Compliance</source>
        <comment>weak point category</comment>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>IT gap</source>
        <comment>weak point category</comment>
        <translation>IT-Lücke</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>weak point category</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>weak point severity</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <comment>weak point severity</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>weak point severity</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>weak point severity</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Minor</source>
        <comment>weak point severity</comment>
        <translation>gering</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>month, abbreviated</comment>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>month, abbreviated</comment>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>month, abbreviated</comment>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>month, abbreviated</comment>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month, abbreviated</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>month, abbreviated</comment>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>month, abbreviated</comment>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>month, abbreviated</comment>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>month, abbreviated</comment>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>month, abbreviated</comment>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>month, abbreviated</comment>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>month, abbreviated</comment>
        <translation>Dez</translation>
    </message>
    <message>
        <source>daily</source>
        <comment>how often a KPI is measured</comment>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <comment>how often a KPI is measured</comment>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <comment>how often a KPI is measured</comment>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>quarterly</source>
        <comment>how often a KPI is measured</comment>
        <translation>quartalsweise</translation>
    </message>
    <message>
        <source>yearly</source>
        <comment>how often a KPI is measured</comment>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>per case</source>
        <comment>how often a KPI is measured</comment>
        <translation>je Fall</translation>
    </message>
    <message>
        <source>No colours</source>
        <comment>landscape colouring</comment>
        <translation>Keine Farben</translation>
    </message>
    <message>
        <source>Status and review</source>
        <comment>landscape colouring</comment>
        <translation>Status und Überprüfung</translation>
    </message>
    <message>
        <source>KPI traffic light</source>
        <comment>landscape colouring</comment>
        <translation>KPI-Ampel</translation>
    </message>
    <message>
        <source>Open weak points</source>
        <comment>landscape colouring</comment>
        <translation>Offene Schwachstellen</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>landscape colouring</comment>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>In review</source>
        <comment>process status</comment>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>KPIs on target</source>
        <comment>KPI light</comment>
        <translation>KPIs im Ziel</translation>
    </message>
    <message>
        <source>KPIs slightly off target</source>
        <comment>KPI light</comment>
        <translation>KPIs knapp verfehlt</translation>
    </message>
    <message>
        <source>KPIs off target</source>
        <comment>KPI light</comment>
        <translation>KPIs verfehlt</translation>
    </message>
    <message>
        <source>No KPI data</source>
        <comment>KPI light</comment>
        <translation>Keine KPI-Daten</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Überprüfung überfällig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the framework has no agreed version {version} (agreed versions: {known})</source>
        <translation>der Rahmen hat keine beschlossene Version {version} (beschlossene Versionen: {known})</translation>
    </message>
    <message>
        <source>6 or more</source>
        <translation>6 oder mehr</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Keine Verantwortlichen</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>process status</comment>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>User task</source>
        <translation>Benutzeraufgabe</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>Serviceaufgabe</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Manuelle Aufgabe</translation>
    </message>
    <message>
        <source>Script task</source>
        <translation>Skriptaufgabe</translation>
    </message>
    <message>
        <source>Send task</source>
        <translation>Sendeaufgabe</translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation>Empfangsaufgabe</translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation>Geschäftsregelaufgabe</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation>Teilprozess</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation>Ad-hoc-Teilprozess</translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation>Aufrufaktivität</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Startereignis</translation>
    </message>
    <message>
        <source>Intermediate catch event</source>
        <translation>Eintretendes Zwischenereignis</translation>
    </message>
    <message>
        <source>Intermediate throw event</source>
        <translation>Auslösendes Zwischenereignis</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Endereignis</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Palette, then click (or drag onto the canvas)</source>
        <comment>shortcut keys</comment>
        <translation>Palette, dann klicken (oder auf die Zeichenfläche ziehen)</translation>
    </message>
    <message>
        <source>Place an element</source>
        <translation>Element platzieren</translation>
    </message>
    <message>
        <source>Drag the blue handle of an element</source>
        <comment>shortcut keys</comment>
        <translation>Blauen Griff eines Elements ziehen</translation>
    </message>
    <message>
        <source>Connect (the status bar says why not)</source>
        <translation>Verbinden (die Statusleiste sagt, warum nicht)</translation>
    </message>
    <message>
        <source>C with one element selected</source>
        <comment>shortcut keys</comment>
        <translation>C bei einem ausgewählten Element</translation>
    </message>
    <message>
        <source>Connect by key: Tab or arrows pick the target, Enter connects, Esc cancels</source>
        <translation>Per Tastatur verbinden: Tab oder Pfeiltasten wählen das Ziel, Eingabetaste verbindet, Esc bricht ab</translation>
    </message>
    <message>
        <source>T / G / E with one step selected</source>
        <comment>shortcut keys</comment>
        <translation>T / G / E bei einem ausgewählten Schritt</translation>
    </message>
    <message>
        <source>Append a task / gateway / end event</source>
        <translation>Aufgabe / Gateway / Endereignis anhängen</translation>
    </message>
    <message>
        <source>S / T / G / E with nothing selected</source>
        <comment>shortcut keys</comment>
        <translation>S / T / G / E ohne Auswahl</translation>
    </message>
    <message>
        <source>Place a first start event / task / gateway / end event in the top lane</source>
        <translation>Ein erstes Startereignis / eine Aufgabe / ein Gateway / ein Endereignis in die oberste Lane setzen</translation>
    </message>
    <message>
        <source>Buttons beside the selected step</source>
        <comment>shortcut keys</comment>
        <translation>Schaltflächen neben dem ausgewählten Schritt</translation>
    </message>
    <message>
        <source>Append, record a weak point, delete</source>
        <translation>Anhängen, Schwachstelle erfassen, löschen</translation>
    </message>
    <message>
        <source>Double-click or F2</source>
        <comment>shortcut keys</comment>
        <translation>Doppelklick oder F2</translation>
    </message>
    <message>
        <source>Rename in place (Shift+Enter: new line)</source>
        <translation>Direkt umbenennen (Shift+Enter: neue Zeile)</translation>
    </message>
    <message>
        <source>Intermediate event on a task's border</source>
        <comment>shortcut keys</comment>
        <translation>Zwischenereignis auf dem Rand einer Aufgabe</translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation>Angeheftetes Ereignis</translation>
    </message>
    <message>
        <source>Selecting and moving</source>
        <translation>Auswählen und Verschieben</translation>
    </message>
    <message>
        <source>Click, Shift/Ctrl+click, drag on empty canvas</source>
        <comment>shortcut keys</comment>
        <translation>Klick, Shift/Ctrl+Klick, Ziehen auf leerer Zeichenfläche</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Select everything</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Drag</source>
        <comment>shortcut keys</comment>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>Move (into another lane: the step joins it)</source>
        <translation>Verschieben (in eine andere Lane: der Schritt wechselt dorthin)</translation>
    </message>
    <message>
        <source>Arrow keys (Shift: finer)</source>
        <comment>shortcut keys</comment>
        <translation>Pfeiltasten (Shift: feiner)</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Schrittweise verschieben</translation>
    </message>
    <message>
        <source>Corner handles</source>
        <comment>shortcut keys</comment>
        <translation>Eckgriffe</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Drag a name below an event, or a flow's name</source>
        <comment>shortcut keys</comment>
        <translation>Namen unter einem Ereignis oder Namen eines Flusses ziehen</translation>
    </message>
    <message>
        <source>Move the label only</source>
        <translation>Nur die Beschriftung verschieben</translation>
    </message>
    <message>
        <source>Drag a bend point of a selected flow</source>
        <comment>shortcut keys</comment>
        <translation>Knickpunkt eines ausgewählten Flusses ziehen</translation>
    </message>
    <message>
        <source>Re-route it (menu: Reset route)</source>
        <translation>Neu führen (Menü: Verlauf zurücksetzen)</translation>
    </message>
    <message>
        <source>Drag a lane's name band / its lower border</source>
        <comment>shortcut keys</comment>
        <translation>Namensband einer Lane / ihren unteren Rand ziehen</translation>
    </message>
    <message>
        <source>Reorder / resize the lane</source>
        <translation>Lane umordnen / Größe ändern</translation>
    </message>
    <message>
        <source>Next / previous element: along the flow, then lane by lane</source>
        <translation>Nächstes / vorheriges Element: entlang des Flusses, dann Lane für Lane</translation>
    </message>
    <message>
        <source>Leave the canvas for the next / previous panel</source>
        <translation>Diagrammfläche verlassen, zum nächsten / vorherigen Bereich</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Rückgängig / Wiederherstellen</translation>
    </message>
    <message>
        <source>Copy / cut / paste / duplicate</source>
        <translation>Kopieren / Ausschneiden / Einfügen / Duplizieren</translation>
    </message>
    <message>
        <source>Auto-layout the diagram</source>
        <translation>Diagramm automatisch anordnen</translation>
    </message>
    <message>
        <source>Record a weak point on the selection (or the diagram)</source>
        <translation>Schwachstelle an der Auswahl (oder am Diagramm) erfassen</translation>
    </message>
    <message>
        <source>Right-click</source>
        <comment>shortcut keys</comment>
        <translation>Rechtsklick</translation>
    </message>
    <message>
        <source>Lanes, phases, pools, arrange, weak points</source>
        <translation>Lanes, Phasen, Pools, Anordnen, Schwachstellen</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <comment>shortcut keys</comment>
        <translation>Menütaste oder Umschalt+F10</translation>
    </message>
    <message>
        <source>The same menu for the selected element</source>
        <translation>Dasselbe Menü für das ausgewählte Element</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+wheel, Ctrl+0, Ctrl+1</source>
        <comment>shortcut keys</comment>
        <translation>Ctrl+Mausrad, Ctrl+0, Ctrl+1</translation>
    </message>
    <message>
        <source>Zoom, fit, 100 %</source>
        <translation>Zoomen, Einpassen, 100 %</translation>
    </message>
    <message>
        <source>Middle button or Space+drag</source>
        <comment>shortcut keys</comment>
        <translation>Mittlere Maustaste oder Leertaste+Ziehen</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Ansicht verschieben</translation>
    </message>
    <message>
        <source>Find by name or text</source>
        <translation>Nach Name oder Text suchen</translation>
    </message>
    <message>
        <source>Weak-point heat map on / off</source>
        <translation>Schwachstellen-Heatmap ein / aus</translation>
    </message>
    <message>
        <source>Risk heat map on / off</source>
        <translation>Risiko-Heatmap ein / aus</translation>
    </message>
    <message>
        <source>Presentation mode (arrows walk the flow)</source>
        <translation>Präsentationsmodus (Pfeiltasten folgen dem Ablauf)</translation>
    </message>
    <message>
        <source>Back from a sub-process</source>
        <translation>Zurück aus einem Teilprozess</translation>
    </message>
    <message>
        <source>Keyboard shortcuts — procdesk {version}</source>
        <translation>Tastenkürzel — procdesk {version}</translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation>Exklusives Gateway</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Paralleles Gateway</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Inklusives Gateway</translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation>Ereignisbasiertes Gateway</translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation>Komplexes Gateway</translation>
    </message>
    <message>
        <source>name</source>
        <comment>compared step field</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>lane</source>
        <comment>compared step field</comment>
        <translation>Lane</translation>
    </message>
    <message>
        <source>kind</source>
        <comment>compared step field</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>duration</source>
        <comment>compared step field</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>cost</source>
        <comment>compared step field</comment>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>role</source>
        <comment>compared step field</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>work instruction</source>
        <comment>compared step field</comment>
        <translation>Arbeitsanweisung</translation>
    </message>
    <message>
        <source>inputs</source>
        <comment>compared step field</comment>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>outputs</source>
        <comment>compared step field</comment>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>systems</source>
        <comment>compared step field</comment>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>documentation</source>
        <comment>compared step field</comment>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>none</source>
        <comment>compared value</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>{min}/{typical}/{max} min</source>
        <translation>{min}/{typical}/{max} Min.</translation>
    </message>
    <message>
        <source>{kind} '{name}'</source>
        <translation>{kind} „{name}“</translation>
    </message>
    <message>
        <source>unnamed {kind} {id}</source>
        <translation>{kind} {id} (ohne Namen)</translation>
    </message>
    <message>
        <source>pool '{name}'</source>
        <translation>Pool „{name}“</translation>
    </message>
    <message>
        <source>pool {id}</source>
        <translation>Pool {id}</translation>
    </message>
    <message>
        <source>diagram '{name}'</source>
        <translation>Diagramm „{name}“</translation>
    </message>
    <message>
        <source>'{name}'</source>
        <comment>a flow's name in quotes</comment>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>from {source} to {target}</source>
        <translation>von {source} nach {target}</translation>
    </message>
    <message>
        <source>{kpi}: {value}{unit} (target {sign} {target}{unit})</source>
        <translation>{kpi}: {value}{unit} (Zielwert {sign} {target}{unit})</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>user task</source>
        <translation>Benutzeraufgabe</translation>
    </message>
    <message>
        <source>service task</source>
        <translation>Serviceaufgabe</translation>
    </message>
    <message>
        <source>manual task</source>
        <translation>manuelle Aufgabe</translation>
    </message>
    <message>
        <source>script task</source>
        <translation>Skriptaufgabe</translation>
    </message>
    <message>
        <source>send task</source>
        <translation>Sendeaufgabe</translation>
    </message>
    <message>
        <source>receive task</source>
        <translation>Empfangsaufgabe</translation>
    </message>
    <message>
        <source>business rule task</source>
        <translation>Geschäftsregelaufgabe</translation>
    </message>
    <message>
        <source>sub-process</source>
        <translation>Teilprozess</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>ad-hoc sub-process</source>
        <translation>Ad-hoc-Teilprozess</translation>
    </message>
    <message>
        <source>call activity</source>
        <translation>Aufrufaktivität</translation>
    </message>
    <message>
        <source>start event</source>
        <translation>Startereignis</translation>
    </message>
    <message>
        <source>intermediate catch event</source>
        <translation>eintretendes Zwischenereignis</translation>
    </message>
    <message>
        <source>intermediate throw event</source>
        <translation>auslösendes Zwischenereignis</translation>
    </message>
    <message>
        <source>end event</source>
        <translation>Endereignis</translation>
    </message>
    <message>
        <source>boundary event</source>
        <translation>angeheftetes Ereignis</translation>
    </message>
    <message>
        <source>exclusive gateway</source>
        <translation>exklusives Gateway</translation>
    </message>
    <message>
        <source>parallel gateway</source>
        <translation>paralleles Gateway</translation>
    </message>
    <message>
        <source>inclusive gateway</source>
        <translation>inklusives Gateway</translation>
    </message>
    <message>
        <source>event-based gateway</source>
        <translation>ereignisbasiertes Gateway</translation>
    </message>
    <message>
        <source>complex gateway</source>
        <translation>komplexes Gateway</translation>
    </message>
    <message>
        <source>sequence flow</source>
        <translation>Sequenzfluss</translation>
    </message>
    <message>
        <source>message flow</source>
        <translation>Nachrichtenfluss</translation>
    </message>
    <message>
        <source>association</source>
        <translation>Assoziation</translation>
    </message>
    <message>
        <source>data association</source>
        <translation>Datenassoziation</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>data object</source>
        <translation>Datenobjekt</translation>
    </message>
    <message>
        <source>data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Textanmerkung</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>unnamed {kind}</source>
        <translation>{kind} ohne Namen</translation>
    </message>
    <message>
        <source>Diagram canvas (no diagram open)</source>
        <translation>Diagrammfläche (kein Diagramm geöffnet)</translation>
    </message>
    <message>
        <source>Diagram {name} of process {process}</source>
        <translation>Diagramm {name} des Prozesses {process}</translation>
    </message>
    <message>
        <source>Diagram {name}</source>
        <translation>Diagramm {name}</translation>
    </message>
    <message>
        <source>Nothing selected. Tab selects the first element.</source>
        <translation>Nichts ausgewählt. Tab wählt das erste Element.</translation>
    </message>
    <message numerus="yes">
        <source>%n elements selected: {names}</source>
        <translation>
            <numerusform>%n Element ausgewählt: {names}</numerusform>
            <numerusform>%n Elemente ausgewählt: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} {name}</source>
        <translation>{kind} {name}</translation>
    </message>
    <message>
        <source>{what} in lane {lane}.</source>
        <translation>{what} in Lane {lane}.</translation>
    </message>
    <message>
        <source>{what} in pool {pool}.</source>
        <translation>{what} in Pool {pool}.</translation>
    </message>
    <message>
        <source>{kind} from {source} to {target}.</source>
        <translation>{kind} von {source} nach {target}.</translation>
    </message>
    <message>
        <source>Labelled {name}.</source>
        <translation>Beschriftet mit {name}.</translation>
    </message>
    <message>
        <source>Condition: {condition}.</source>
        <translation>Bedingung: {condition}.</translation>
    </message>
    <message>
        <source>Default flow.</source>
        <translation>Standardfluss.</translation>
    </message>
    <message>
        <source>{kind} from {name}</source>
        <translation>{kind} von {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n incoming: {flows}.</source>
        <translation>
            <numerusform>%n eingehend: {flows}.</numerusform>
            <numerusform>%n eingehend: {flows}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} to {name}</source>
        <translation>{kind} nach {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing: {flows}.</source>
        <translation>
            <numerusform>%n ausgehend: {flows}.</numerusform>
            <numerusform>%n ausgehend: {flows}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Open weak points: %n, worst severity {worst} of 5.</source>
        <translation>
            <numerusform>Offene Schwachstellen: %n, höchster Schweregrad {worst} von 5.</numerusform>
            <numerusform>Offene Schwachstellen: %n, höchster Schweregrad {worst} von 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect {source} to {target} with a {kind}. Enter connects.</source>
        <translation>{source} mit {target} verbinden ({kind}). Die Eingabetaste verbindet.</translation>
    </message>
    <message>
        <source>Cannot connect {source} to {target}: {reason}.</source>
        <translation>{source} lässt sich nicht mit {target} verbinden: {reason}.</translation>
    </message>
    <message>
        <source>the number of runs must be at least 1</source>
        <translation>Die Zahl der Durchläufe muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>at least one round is needed</source>
        <translation>Mindestens eine Runde ist nötig</translation>
    </message>
    <message>
        <source>diagram '{name}' has no start to simulate from</source>
        <translation>Diagramm „{name}“ hat keinen Start, von dem aus simuliert werden kann</translation>
    </message>
    <message>
        <source>{scope} has no start event</source>
        <translation>{scope} hat kein Startereignis</translation>
    </message>
    <message>
        <source>add a start event where the process begins and connect it to the first step</source>
        <translation>Fügen Sie ein Startereignis dort ein, wo der Prozess beginnt, und verbinden Sie es mit dem ersten Schritt</translation>
    </message>
    <message>
        <source>{scope} has no end event</source>
        <translation>{scope} hat kein Endereignis</translation>
    </message>
    <message>
        <source>add an end event for each outcome and connect the last steps to it</source>
        <translation>Fügen Sie für jedes Ergebnis ein Endereignis ein und verbinden Sie die letzten Schritte damit</translation>
    </message>
    <message>
        <source>{step} cannot be reached from a start event</source>
        <translation>{step} ist von keinem Startereignis aus erreichbar</translation>
    </message>
    <message>
        <source>connect it with an incoming sequence flow, or delete it</source>
        <translation>Verbinden Sie den Schritt mit einem eingehenden Sequenzfluss oder löschen Sie ihn</translation>
    </message>
    <message>
        <source>{step} has no outgoing sequence flow, so the process stops there</source>
        <translation>{step} hat keinen ausgehenden Sequenzfluss, daher bleibt der Prozess dort stehen</translation>
    </message>
    <message>
        <source>connect it to the next step, or to an end event if the process ends here</source>
        <translation>Verbinden Sie den Schritt mit dem nächsten Schritt oder mit einem Endereignis, wenn der Prozess hier endet</translation>
    </message>
    <message>
        <source>from {step} no path leads to an end event (an endless loop?)</source>
        <translation>Von {step} führt kein Weg zu einem Endereignis (eine Endlosschleife?)</translation>
    </message>
    <message>
        <source>add a way out of the loop towards an end event</source>
        <translation>Fügen Sie einen Ausweg aus der Schleife zu einem Endereignis hinzu</translation>
    </message>
    <message>
        <source>sequence flow {flow} crosses a pool boundary</source>
        <translation>Sequenzfluss {flow} überschreitet eine Poolgrenze</translation>
    </message>
    <message>
        <source>between pools, use a message flow</source>
        <translation>Verwenden Sie zwischen Pools einen Nachrichtenfluss</translation>
    </message>
    <message>
        <source>message flow {flow} stays inside one pool</source>
        <translation>Nachrichtenfluss {flow} bleibt innerhalb eines Pools</translation>
    </message>
    <message>
        <source>inside a pool, use a sequence flow</source>
        <translation>Verwenden Sie innerhalb eines Pools einen Sequenzfluss</translation>
    </message>
    <message>
        <source>{step} neither splits nor joins the flow</source>
        <translation>{step} verzweigt den Fluss weder noch führt es ihn zusammen</translation>
    </message>
    <message>
        <source>remove the gateway and connect its neighbours directly</source>
        <translation>Entfernen Sie das Gateway und verbinden Sie seine Nachbarn direkt</translation>
    </message>
    <message>
        <source>{step} both joins and splits the flow</source>
        <translation>{step} führt den Fluss zusammen und verzweigt ihn zugleich</translation>
    </message>
    <message>
        <source>use one gateway to join and a second one to split</source>
        <translation>Verwenden Sie ein Gateway zum Zusammenführen und ein zweites zum Verzweigen</translation>
    </message>
    <message numerus="yes">
        <source>{step} splits into %n branches, {bare} without a label or condition</source>
        <translation>
            <numerusform>{step} verzweigt in %n Zweig, {bare} davon ohne Beschriftung oder Bedingung</numerusform>
            <numerusform>{step} verzweigt in %n Zweige, {bare} davon ohne Beschriftung oder Bedingung</numerusform>
        </translation>
    </message>
    <message>
        <source>name each outgoing flow after the decision it stands for (e.g. 'approved')</source>
        <translation>Benennen Sie jeden ausgehenden Fluss nach der Entscheidung, für die er steht (z. B. „genehmigt“)</translation>
    </message>
    <message>
        <source>{step} has conditional outgoing flows and some without a condition</source>
        <translation>{step} hat bedingte ausgehende Flüsse und einige ohne Bedingung</translation>
    </message>
    <message>
        <source>give every outgoing flow a condition, or mark one of them as the default</source>
        <translation>Geben Sie jedem ausgehenden Fluss eine Bedingung oder markieren Sie einen davon als Standardfluss</translation>
    </message>
    <message numerus="yes">
        <source>{step} starts %n parallel branches without a gateway</source>
        <translation>
            <numerusform>{step} startet %n parallelen Zweig ohne Gateway</numerusform>
            <numerusform>{step} startet %n parallele Zweige ohne Gateway</numerusform>
        </translation>
    </message>
    <message>
        <source>add a parallel gateway (or an exclusive one, if only one branch is meant)</source>
        <translation>Fügen Sie ein paralleles Gateway ein (oder ein exklusives, wenn nur ein Zweig gemeint ist)</translation>
    </message>
    <message numerus="yes">
        <source>{step} has %n incoming sequence flows</source>
        <translation>
            <numerusform>{step} hat %n eingehenden Sequenzfluss</numerusform>
            <numerusform>{step} hat %n eingehende Sequenzflüsse</numerusform>
        </translation>
    </message>
    <message>
        <source>join the branches with a gateway before the step</source>
        <translation>Führen Sie die Zweige vor dem Schritt mit einem Gateway zusammen</translation>
    </message>
    <message>
        <source>sequence flow {flow} duplicates another one</source>
        <translation>Sequenzfluss {flow} doppelt einen anderen</translation>
    </message>
    <message>
        <source>delete the duplicate flow</source>
        <translation>Löschen Sie den doppelten Fluss</translation>
    </message>
    <message numerus="yes">
        <source>{scope} has %n start events without a trigger</source>
        <translation>
            <numerusform>{scope} hat %n Startereignis ohne Auslöser</numerusform>
            <numerusform>{scope} hat %n Startereignisse ohne Auslöser</numerusform>
        </translation>
    </message>
    <message>
        <source>keep one blank start event, or give the others a trigger (message, timer…)</source>
        <translation>Behalten Sie ein Startereignis ohne Auslöser oder geben Sie den anderen einen Auslöser (Nachricht, Zeitgeber…)</translation>
    </message>
    <message>
        <source>branch probabilities of {step} add up to {total}, not 100%</source>
        <translation>Die Zweigwahrscheinlichkeiten von {step} ergeben zusammen {total}, nicht 100 %</translation>
    </message>
    <message>
        <source>adjust the probabilities of its outgoing flows so they add up to 100%</source>
        <translation>Passen Sie die Wahrscheinlichkeiten der ausgehenden Flüsse so an, dass sie zusammen 100 % ergeben</translation>
    </message>
    <message>
        <source>{step} has no lane and no role: nobody is responsible for it</source>
        <translation>{step} hat weder Lane noch Rolle: Niemand ist dafür verantwortlich</translation>
    </message>
    <message>
        <source>move it into the lane of the role that does it, or set its role</source>
        <translation>Verschieben Sie den Schritt in die Lane der ausführenden Rolle oder legen Sie seine Rolle fest</translation>
    </message>
    <message>
        <source>{step} has no name</source>
        <translation>{step} hat keinen Namen</translation>
    </message>
    <message>
        <source>name the step with a verb and an object, e.g. 'Check invoice'</source>
        <translation>Benennen Sie den Schritt mit Objekt und Verb, z. B. „Rechnung prüfen“</translation>
    </message>
    <message>
        <source>Actual</source>
        <comment>KPI chart legend</comment>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Target</source>
        <comment>KPI chart legend</comment>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>diagram {diagram} does not belong to process {process}</source>
        <translation>Diagramm {diagram} gehört nicht zu Prozess {process}</translation>
    </message>
    <message>
        <source>Whole process</source>
        <comment>what a KPI or weak point applies to</comment>
        <translation>Gesamter Prozess</translation>
    </message>
    <message>
        <source>Step {number}: {name}</source>
        <translation>Schritt {number}: {name}</translation>
    </message>
    <message>
        <source>Flow “{name}” from step {source} to step {target}</source>
        <translation>Fluss „{name}“ von Schritt {source} zu Schritt {target}</translation>
    </message>
    <message>
        <source>Flow from step {source} to step {target}</source>
        <translation>Fluss von Schritt {source} zu Schritt {target}</translation>
    </message>
    <message>
        <source>Role: {name}</source>
        <translation>Rolle: {name}</translation>
    </message>
    <message>
        <source>min</source>
        <comment>unit: minutes</comment>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <comment>unit: hours</comment>
        <translation>h</translation>
    </message>
    <message>
        <source>d</source>
        <comment>unit: days</comment>
        <translation>Tg.</translation>
    </message>
    <message>
        <source>the diagram drawing is not valid SVG: {error}</source>
        <translation>die Diagrammzeichnung ist kein gültiges SVG: {error}</translation>
    </message>
    <message>
        <source>the diagram drawing is empty or not valid SVG</source>
        <translation>die Diagrammzeichnung ist leer oder kein gültiges SVG</translation>
    </message>
    <message>
        <source>{process} — Standard operating procedure</source>
        <translation>{process} — Arbeitsanweisung</translation>
    </message>
    <message>
        <source>Process landscape</source>
        <translation>Prozesslandkarte</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Process landscape and standard operating procedures</source>
        <translation>Prozesslandkarte und Standardarbeitsanweisungen</translation>
    </message>
    <message>
        <source>Purpose, scope and definitions</source>
        <translation>Zweck, Geltungsbereich und Begriffe</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Rollen und Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>Procedure</source>
        <comment>SOP section heading</comment>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Performance indicators</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Controls and risks</source>
        <translation>Kontrollen und Risiken</translation>
    </message>
    <message>
        <source>Known weak points and improvement actions</source>
        <translation>Bekannte Schwachstellen und Verbesserungsmaßnahmen</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Änderungshistorie</translation>
    </message>
    <message>
        <source>Changes since the last approved version</source>
        <translation>Änderungen seit der letzten freigegebenen Version</translation>
    </message>
    <message>
        <source>Process diagram</source>
        <translation>Prozessdiagramm</translation>
    </message>
    <message numerus="yes">
        <source>{diagram} — overview; %n parts follow</source>
        <translation>
            <numerusform>{diagram} — Übersicht; %n Teil folgt</numerusform>
            <numerusform>{diagram} — Übersicht; %n Teile folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Process diagram, part {part} of {parts}</source>
        <translation>Prozessdiagramm, Teil {part} von {parts}</translation>
    </message>
    <message>
        <source>another participant</source>
        <comment>receiver</comment>
        <translation>einen anderen Beteiligten</translation>
    </message>
    <message>
        <source>Send “{message}” to {party}.</source>
        <translation>„{message}“ an {party} senden.</translation>
    </message>
    <message>
        <source>Send a message to {party}.</source>
        <translation>Eine Nachricht an {party} senden.</translation>
    </message>
    <message>
        <source>another participant</source>
        <comment>sender</comment>
        <translation>einem anderen Beteiligten</translation>
    </message>
    <message>
        <source>Receive “{message}” from {party}.</source>
        <translation>„{message}“ von {party} empfangen.</translation>
    </message>
    <message>
        <source>Receive a message from {party}.</source>
        <translation>Eine Nachricht von {party} empfangen.</translation>
    </message>
    <message>
        <source>Version {version} · {status}</source>
        <translation>Version {version} · {status}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>No performance indicators are defined for this process.</source>
        <translation>Für diesen Prozess sind keine Kennzahlen festgelegt.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Target</source>
        <comment>KPI table column</comment>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Letzter Istwert</translation>
    </message>
    <message>
        <source>{check} on target · {cross} off target · — not measured</source>
        <translation>{check} Ziel erreicht · {cross} Ziel verfehlt · — nicht gemessen</translation>
    </message>
    <message>
        <source>Measured {frequency}; higher is better</source>
        <translation>Messung: {frequency}; höher ist besser</translation>
    </message>
    <message>
        <source>Measured {frequency}; lower is better</source>
        <translation>Messung: {frequency}; niedriger ist besser</translation>
    </message>
    <message>
        <source>{check} on target</source>
        <translation>{check} erreicht</translation>
    </message>
    <message>
        <source>{cross} off target</source>
        <translation>{cross} verfehlt</translation>
    </message>
    <message>
        <source>No weak points are recorded for this diagram.</source>
        <translation>Für dieses Diagramm sind keine Schwachstellen erfasst.</translation>
    </message>
    <message>
        <source>KPIs: {kpis} in {processes} processes. On target: {green} · slightly off: {amber} · off target: {red} · without data: {grey} · values overdue: {overdue}.</source>
        <translation>Kennzahlen: {kpis} in {processes} Prozessen. Im Ziel: {green} · knapp verfehlt: {amber} · verfehlt: {red} · ohne Daten: {grey} · Werte überfällig: {overdue}.</translation>
    </message>
    <message>
        <source>No KPI value was measured in {period}.</source>
        <translation>Im Zeitraum {period} wurde kein Kennzahlenwert gemessen.</translation>
    </message>
    <message>
        <source>The workspace's measurements run from {first} to {last}.</source>
        <translation>Die Messwerte des Arbeitsbereichs reichen von {first} bis {last}.</translation>
    </message>
    <message>
        <source>The workspace has KPIs but no measurement yet.</source>
        <translation>Der Arbeitsbereich hat Kennzahlen, aber noch keinen Messwert.</translation>
    </message>
    <message>
        <source>The workspace defines no KPIs yet.</source>
        <translation>Der Arbeitsbereich definiert noch keine Kennzahlen.</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>KPI tally</comment>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>KPIs</source>
        <comment>KPI tally</comment>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>On target</source>
        <comment>KPI tally</comment>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <source>Slightly off</source>
        <comment>KPI tally</comment>
        <translation>Knapp verfehlt</translation>
    </message>
    <message>
        <source>Off target</source>
        <comment>KPI tally</comment>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>No data</source>
        <comment>KPI tally</comment>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>KPI tally</comment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>All processes</source>
        <translation>Alle Prozesse</translation>
    </message>
    <message>
        <source>Performance by band</source>
        <translation>Leistung nach Band</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>KPIs: target and actual</source>
        <translation>Kennzahlen: Soll und Ist</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <source>{kpi}: {actual} against {target}</source>
        <translation>{kpi}: {actual} gegenüber {target}</translation>
    </message>
    <message>
        <source>Owner: {owner}.</source>
        <translation>Verantwortlich: {owner}.</translation>
    </message>
    <message>
        <source>Off target: {kpis}.</source>
        <translation>Ziel verfehlt: {kpis}.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Open weak point</source>
        <translation>Offene Schwachstelle</translation>
    </message>
    <message>
        <source>Initiatives addressing it</source>
        <translation>Maßnahmen dazu</translation>
    </message>
    <message>
        <source>No open weak point is recorded for this process.</source>
        <translation>Für diesen Prozess ist keine offene Schwachstelle erfasst.</translation>
    </message>
    <message>
        <source>Initiatives for the process: {list}.</source>
        <translation>Maßnahmen für den Prozess: {list}.</translation>
    </message>
    <message>
        <source>Processes off target</source>
        <translation>Prozesse, die ihr Ziel verfehlen</translation>
    </message>
    <message>
        <source>Every process with KPI values is on target.</source>
        <translation>Jeder Prozess mit Kennzahlenwerten ist im Ziel.</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Fällige Überprüfungen</translation>
    </message>
    <message>
        <source>No review is overdue or falls due within a month.</source>
        <translation>Keine Überprüfung ist überfällig oder wird innerhalb eines Monats fällig.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>review</comment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due soon</source>
        <comment>review</comment>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Where</source>
        <comment>weak point table column</comment>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problem and cause</source>
        <translation>Problem und Ursache</translation>
    </message>
    <message>
        <source>Improvement action</source>
        <translation>Verbesserungsmaßnahme</translation>
    </message>
    <message>
        <source>&lt;i&gt;Cause:&lt;/i&gt; {cause}</source>
        <translation>&lt;i&gt;Ursache:&lt;/i&gt; {cause}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Owner:&lt;/i&gt; {owner}</source>
        <translation>&lt;i&gt;Verantwortlich:&lt;/i&gt; {owner}</translation>
    </message>
    <message>
        <source>message</source>
        <comment>boundary event, as {what} in a sentence</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>time</source>
        <comment>boundary event, as {what} in a sentence</comment>
        <translation>Zeitablauf</translation>
    </message>
    <message>
        <source>error</source>
        <comment>boundary event, as {what} in a sentence</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>signal</source>
        <comment>boundary event, as {what} in a sentence</comment>
        <translation>Signal</translation>
    </message>
    <message>
        <source>escalation</source>
        <comment>boundary event, as {what} in a sentence</comment>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>condition</source>
        <comment>boundary event, as {what} in a sentence</comment>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>compensation</source>
        <comment>boundary event, as {what} in a sentence</comment>
        <translation>Kompensation</translation>
    </message>
    <message>
        <source>cancellation</source>
        <comment>boundary event, as {what} in a sentence</comment>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>event</source>
        <comment>boundary event, as {what} in a sentence</comment>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Repeat this step until it is complete.</source>
        <translation>Diesen Schritt wiederholen, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Carry out this step for each item, one after another.</source>
        <translation>Diesen Schritt für jedes Element nacheinander ausführen.</translation>
    </message>
    <message>
        <source>Carry out this step for each item; items may be handled at the same time.</source>
        <translation>Diesen Schritt für jedes Element ausführen; Elemente dürfen gleichzeitig bearbeitet werden.</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>SOP step kind</comment>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>SOP step kind</comment>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <comment>SOP step kind</comment>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Exception</source>
        <comment>SOP step kind</comment>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Wait</source>
        <comment>SOP step kind</comment>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Notify</source>
        <comment>SOP step kind</comment>
        <translation>Melden</translation>
    </message>
    <message>
        <source>Parallel</source>
        <comment>SOP step kind</comment>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>SOP step kind</comment>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Sub-procedure</source>
        <comment>SOP step kind</comment>
        <translation>Teilablauf</translation>
    </message>
    <message>
        <source>Procedure</source>
        <comment>SOP step kind</comment>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Part of step {number}.</source>
        <translation>Teil von Schritt {number}.</translation>
    </message>
    <message>
        <source>Join parallel branches</source>
        <translation>Parallele Zweige zusammenführen</translation>
    </message>
    <message>
        <source>Split into parallel branches</source>
        <translation>In parallele Zweige aufteilen</translation>
    </message>
    <message>
        <source>Merge branches</source>
        <translation>Zweige zusammenführen</translation>
    </message>
    <message>
        <source>Choose a branch</source>
        <translation>Zweig wählen</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <source>steps {numbers} and {last}</source>
        <translation>Schritte {numbers} und {last}</translation>
    </message>
    <message>
        <source>Carried out as steps {range}.</source>
        <translation>Ausgeführt als Schritte {range}.</translation>
    </message>
    <message>
        <source>Occurs during step {number}.</source>
        <translation>Tritt während Schritt {number} ein.</translation>
    </message>
    <message>
        <source>The whole procedure ends here, including any parallel branches.</source>
        <translation>Der gesamte Ablauf endet hier, einschließlich aller parallelen Zweige.</translation>
    </message>
    <message>
        <source>The procedure ends here.</source>
        <translation>Der Ablauf endet hier.</translation>
    </message>
    <message>
        <source>If {what} occurs during this step → stop this step and go to step {target}.</source>
        <translation>Bei „{what}“ während dieses Schritts → Schritt abbrechen und weiter mit Schritt {target}.</translation>
    </message>
    <message>
        <source>If {what} occurs during this step → meanwhile go to step {target}.</source>
        <translation>Bei „{what}“ während dieses Schritts → parallel dazu weiter mit Schritt {target}.</translation>
    </message>
    <message>
        <source>Wait until {steps} are complete.</source>
        <translation>Warten, bis {steps} abgeschlossen sind.</translation>
    </message>
    <message>
        <source>Wait until every branch started among {steps} is complete.</source>
        <translation>Warten, bis jeder unter {steps} begonnene Zweig abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Then go to step {target}.</source>
        <translation>Dann weiter mit Schritt {target}.</translation>
    </message>
    <message>
        <source>Then go back to step {target}.</source>
        <translation>Dann zurück zu Schritt {target}.</translation>
    </message>
    <message>
        <source>Carry out {steps} in parallel; all of them are needed.</source>
        <translation>{steps} parallel ausführen; alle sind erforderlich.</translation>
    </message>
    <message>
        <source>Wait for whichever happens first: {steps}.</source>
        <translation>Warten, was zuerst eintritt: {steps}.</translation>
    </message>
    <message>
        <source>Follow every branch whose condition applies (one or more).</source>
        <translation>Jedem Zweig folgen, dessen Bedingung zutrifft (einem oder mehreren).</translation>
    </message>
    <message>
        <source>Otherwise → go to step {target}.</source>
        <translation>Sonst → weiter mit Schritt {target}.</translation>
    </message>
    <message>
        <source>Otherwise → go back to step {target}.</source>
        <translation>Sonst → zurück zu Schritt {target}.</translation>
    </message>
    <message>
        <source>Alternatively → go to step {target}.</source>
        <translation>Alternativ → weiter mit Schritt {target}.</translation>
    </message>
    <message>
        <source>Alternatively → go back to step {target}.</source>
        <translation>Alternativ → zurück zu Schritt {target}.</translation>
    </message>
    <message>
        <source>If {condition} → go to step {target}.</source>
        <translation>Wenn {condition} → weiter mit Schritt {target}.</translation>
    </message>
    <message>
        <source>If {condition} → go back to step {target}.</source>
        <translation>Wenn {condition} → zurück zu Schritt {target}.</translation>
    </message>
    <message>
        <source>unknown page size {name} (use A4 or Letter)</source>
        <translation>unbekanntes Papierformat {name} (A4 oder Letter verwenden)</translation>
    </message>
    <message>
        <source>left</source>
        <comment>alignment</comment>
        <translation>links</translation>
    </message>
    <message>
        <source>center</source>
        <comment>alignment</comment>
        <translation>horizontal zentriert</translation>
    </message>
    <message>
        <source>right</source>
        <comment>alignment</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>top</source>
        <comment>alignment</comment>
        <translation>oben</translation>
    </message>
    <message>
        <source>middle</source>
        <comment>alignment</comment>
        <translation>vertikal zentriert</translation>
    </message>
    <message>
        <source>bottom</source>
        <comment>alignment</comment>
        <translation>unten</translation>
    </message>
    <message>
        <source>task</source>
        <comment>quick capture kind word</comment>
        <translation>aufgabe</translation>
    </message>
    <message>
        <source>user</source>
        <comment>quick capture kind word</comment>
        <translation>benutzer</translation>
    </message>
    <message>
        <source>manual</source>
        <comment>quick capture kind word</comment>
        <translation>manuell</translation>
    </message>
    <message>
        <source>system</source>
        <comment>quick capture kind word</comment>
        <translation>system</translation>
    </message>
    <message>
        <source>service</source>
        <comment>quick capture kind word</comment>
        <translation>dienst</translation>
    </message>
    <message>
        <source>send</source>
        <comment>quick capture kind word</comment>
        <translation>senden</translation>
    </message>
    <message>
        <source>receive</source>
        <comment>quick capture kind word</comment>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>decision</source>
        <comment>quick capture kind word</comment>
        <translation>entscheidung</translation>
    </message>
    <message>
        <source>xor</source>
        <comment>quick capture kind word</comment>
        <translation>xor</translation>
    </message>
    <message>
        <source>parallel</source>
        <comment>quick capture kind word</comment>
        <translation>parallel</translation>
    </message>
    <message>
        <source>and</source>
        <comment>quick capture kind word</comment>
        <translation>und</translation>
    </message>
    <message>
        <source>start</source>
        <comment>quick capture kind word</comment>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <comment>quick capture kind word</comment>
        <translation>ende</translation>
    </message>
    <message>
        <source>wait</source>
        <comment>quick capture kind word</comment>
        <translation>warten</translation>
    </message>
    <message>
        <source>subprocess</source>
        <comment>quick capture kind word</comment>
        <translation>teilprozess</translation>
    </message>
    <message>
        <source>unknown kind {word}; use one of: {words}</source>
        <translation>unbekannte Art {word}; möglich sind: {words}</translation>
    </message>
    <message>
        <source>a captured step needs a name</source>
        <translation>Ein erfasster Schritt braucht einen Namen</translation>
    </message>
    <message>
        <source>Capture {name}</source>
        <translation>{name} erfassen</translation>
    </message>
    <message>
        <source>{element} refers to {missing}, which does not exist</source>
        <translation>{element} verweist auf {missing}, das es nicht gibt</translation>
    </message>
    <message>
        <source>the same id is added twice</source>
        <translation>Dieselbe ID wird zweimal hinzugefügt</translation>
    </message>
    <message>
        <source>an element with id {id} already exists</source>
        <translation>Ein Element mit der ID {id} gibt es bereits</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>{what} hinzufügen</translation>
    </message>
    <message>
        <source>cannot delete {id}: it does not exist</source>
        <translation>{id} kann nicht gelöscht werden: Es existiert nicht</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>{what} löschen</translation>
    </message>
    <message>
        <source>an element's id cannot be changed</source>
        <translation>Die ID eines Elements kann nicht geändert werden</translation>
    </message>
    <message>
        <source>cannot change {id}: it does not exist</source>
        <translation>{id} kann nicht geändert werden: Es existiert nicht</translation>
    </message>
    <message>
        <source>a {type} has no field {field}</source>
        <translation>{type} hat kein Feld {field}</translation>
    </message>
    <message>
        <source>Change {what}</source>
        <translation>{what} ändern</translation>
    </message>
    <message>
        <source>{id} cannot change from {type}</source>
        <translation>{id} kann nicht vom Typ {type} in einen anderen geändert werden</translation>
    </message>
    <message>
        <source>{id} is not a shape that can be moved</source>
        <translation>{id} ist keine Form, die verschoben werden kann</translation>
    </message>
    <message>
        <source>Move {what}</source>
        <translation>{what} verschieben</translation>
    </message>
    <message>
        <source>{id} is not a shape that can be resized</source>
        <translation>{id} ist keine Form, deren Größe geändert werden kann</translation>
    </message>
    <message>
        <source>a shape needs a positive width and height</source>
        <translation>Eine Form braucht eine positive Breite und Höhe</translation>
    </message>
    <message>
        <source>Resize {what}</source>
        <translation>Größe von {what} ändern</translation>
    </message>
    <message>
        <source>{id} is not a lane</source>
        <translation>{id} ist keine Lane</translation>
    </message>
    <message>
        <source>{id} cannot be placed in a lane</source>
        <translation>{id} kann nicht in eine Lane gelegt werden</translation>
    </message>
    <message>
        <source>a lane of another diagram cannot hold this element</source>
        <translation>Eine Lane eines anderen Diagramms kann dieses Element nicht aufnehmen</translation>
    </message>
    <message>
        <source>{step} has sequence flows, which cannot cross into another pool; delete them or use message flows first</source>
        <translation>{step} hat Sequenzflüsse, die nicht in einen anderen Pool reichen können; löschen Sie sie zuerst oder verwenden Sie Nachrichtenflüsse</translation>
    </message>
    <message>
        <source>this step</source>
        <translation>Dieser Schritt</translation>
    </message>
    <message>
        <source>Move {what} to lane {lane}</source>
        <translation>{what} in Lane {lane} verschieben</translation>
    </message>
    <message>
        <source>{id} is not a lane or phase</source>
        <translation>{id} ist weder Lane noch Phase</translation>
    </message>
    <message>
        <source>Reorder {what}</source>
        <translation>{what} neu anordnen</translation>
    </message>
    <message>
        <source>duration must satisfy 0 &lt;= min &lt;= typical &lt;= max</source>
        <translation>Für die Dauer muss gelten: 0 &lt;= min &lt;= typisch &lt;= max</translation>
    </message>
    <message>
        <source>a review interval runs from 1 to 120 months</source>
        <translation>ein Prüfintervall liegt zwischen 1 und 120 Monaten</translation>
    </message>
    <message>
        <source>a branch probability lies between 0 and 1</source>
        <translation>Eine Zweigwahrscheinlichkeit liegt zwischen 0 und 1</translation>
    </message>
    <message>
        <source>severity runs from 1 (minor) to 5 (critical)</source>
        <translation>Der Schweregrad reicht von 1 (gering) bis 5 (kritisch)</translation>
    </message>
    <message>
        <source>this workspace is open read-only</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>task</source>
        <comment>element kind</comment>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>gateway</source>
        <comment>element kind</comment>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>event</source>
        <comment>element kind</comment>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>sub-process</source>
        <comment>element kind</comment>
        <translation>Teilprozess</translation>
    </message>
    <message>
        <source>call activity</source>
        <comment>element kind</comment>
        <translation>Aufrufaktivität</translation>
    </message>
    <message>
        <source>sequence flow</source>
        <comment>element kind</comment>
        <translation>Sequenzfluss</translation>
    </message>
    <message>
        <source>message flow</source>
        <comment>element kind</comment>
        <translation>Nachrichtenfluss</translation>
    </message>
    <message>
        <source>association</source>
        <comment>element kind</comment>
        <translation>Assoziation</translation>
    </message>
    <message>
        <source>data association</source>
        <comment>element kind</comment>
        <translation>Datenassoziation</translation>
    </message>
    <message>
        <source>process</source>
        <comment>element kind</comment>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>diagram</source>
        <comment>element kind</comment>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>pool</source>
        <comment>element kind</comment>
        <translation>Pool</translation>
    </message>
    <message>
        <source>lane</source>
        <comment>element kind</comment>
        <translation>Lane</translation>
    </message>
    <message>
        <source>phase</source>
        <comment>element kind</comment>
        <translation>Phase</translation>
    </message>
    <message>
        <source>data object</source>
        <comment>element kind</comment>
        <translation>Datenobjekt</translation>
    </message>
    <message>
        <source>data store</source>
        <comment>element kind</comment>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>annotation</source>
        <comment>element kind</comment>
        <translation>Textanmerkung</translation>
    </message>
    <message>
        <source>group</source>
        <comment>element kind</comment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>weak point</source>
        <comment>element kind</comment>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>KPI</source>
        <comment>element kind</comment>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>measurement</source>
        <comment>element kind</comment>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>element</source>
        <comment>element kind</comment>
        <translation>Element</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateways</source>
        <translation>
            <numerusform>%n Gateway</numerusform>
            <numerusform>%n Gateways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-processes</source>
        <translation>
            <numerusform>%n Teilprozess</numerusform>
            <numerusform>%n Teilprozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call activities</source>
        <translation>
            <numerusform>%n Aufrufaktivität</numerusform>
            <numerusform>%n Aufrufaktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence flows</source>
        <translation>
            <numerusform>%n Sequenzfluss</numerusform>
            <numerusform>%n Sequenzflüsse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message flows</source>
        <translation>
            <numerusform>%n Nachrichtenfluss</numerusform>
            <numerusform>%n Nachrichtenflüsse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n associations</source>
        <translation>
            <numerusform>%n Assoziation</numerusform>
            <numerusform>%n Assoziationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data associations</source>
        <translation>
            <numerusform>%n Datenassoziation</numerusform>
            <numerusform>%n Datenassoziationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diagrams</source>
        <translation>
            <numerusform>%n Diagramm</numerusform>
            <numerusform>%n Diagramme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pools</source>
        <translation>
            <numerusform>%n Pool</numerusform>
            <numerusform>%n Pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lanes</source>
        <translation>
            <numerusform>%n Lane</numerusform>
            <numerusform>%n Lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data objects</source>
        <translation>
            <numerusform>%n Datenobjekt</numerusform>
            <numerusform>%n Datenobjekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data stores</source>
        <translation>
            <numerusform>%n Datenspeicher</numerusform>
            <numerusform>%n Datenspeicher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translation>
            <numerusform>%n Textanmerkung</numerusform>
            <numerusform>%n Textanmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak points</source>
        <translation>
            <numerusform>%n Schwachstelle</numerusform>
            <numerusform>%n Schwachstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPIs</source>
        <translation>
            <numerusform>%n Kennzahl</numerusform>
            <numerusform>%n Kennzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurements</source>
        <translation>
            <numerusform>%n Messwert</numerusform>
            <numerusform>%n Messwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n elements</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>undo label object</comment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{what} '{name}'</source>
        <comment>an element in the change history</comment>
        <translation>{what} '{name}'</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <comment>a list in the change history</comment>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>1 {what}</source>
        <comment>one element in the change history</comment>
        <translation>1 {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <comment>a duration in the change history</comment>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>an empty value in the change history</comment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>only shapes can be connected</source>
        <translation>Nur Formen können verbunden werden</translation>
    </message>
    <message>
        <source>elements of different diagrams cannot be connected</source>
        <translation>Elemente verschiedener Diagramme können nicht verbunden werden</translation>
    </message>
    <message>
        <source>an element cannot be connected to itself</source>
        <translation>Ein Element kann nicht mit sich selbst verbunden werden</translation>
    </message>
    <message>
        <source>a group only frames elements; it cannot be connected</source>
        <translation>Eine Gruppe rahmt Elemente nur ein; sie kann nicht verbunden werden</translation>
    </message>
    <message>
        <source>{source} → {target}: these cannot be connected</source>
        <translation>{source} → {target}: Diese lassen sich nicht verbinden</translation>
    </message>
    <message>
        <source>sequence flows join tasks, events and gateways only</source>
        <translation>Sequenzflüsse verbinden nur Aufgaben, Ereignisse und Gateways</translation>
    </message>
    <message>
        <source>a sequence flow cannot cross a pool boundary; use a message flow</source>
        <translation>Ein Sequenzfluss kann keine Poolgrenze überschreiten; verwenden Sie einen Nachrichtenfluss</translation>
    </message>
    <message>
        <source>a sequence flow cannot leave or enter a sub-process</source>
        <translation>Ein Sequenzfluss kann einen Teilprozess weder verlassen noch betreten</translation>
    </message>
    <message>
        <source>an end event has no outgoing sequence flow</source>
        <translation>Ein Endereignis hat keinen ausgehenden Sequenzfluss</translation>
    </message>
    <message>
        <source>a start event has no incoming sequence flow</source>
        <translation>Ein Startereignis hat keinen eingehenden Sequenzfluss</translation>
    </message>
    <message>
        <source>a boundary event has no incoming sequence flow</source>
        <translation>Ein angeheftetes Ereignis hat keinen eingehenden Sequenzfluss</translation>
    </message>
    <message>
        <source>a link throw event has no outgoing sequence flow</source>
        <translation>Ein auslösendes Link-Ereignis hat keinen ausgehenden Sequenzfluss</translation>
    </message>
    <message>
        <source>message flows join pools, tasks and events</source>
        <translation>Nachrichtenflüsse verbinden Pools, Aufgaben und Ereignisse</translation>
    </message>
    <message>
        <source>a message flow joins two pools; draw the pools first</source>
        <translation>Ein Nachrichtenfluss verbindet zwei Pools; zeichnen Sie zuerst die Pools</translation>
    </message>
    <message>
        <source>a message flow must go between pools; inside a pool use a sequence flow</source>
        <translation>Ein Nachrichtenfluss muss zwischen Pools verlaufen; innerhalb eines Pools verwenden Sie einen Sequenzfluss</translation>
    </message>
    <message>
        <source>a gateway cannot send a message</source>
        <translation>Ein Gateway kann keine Nachricht senden</translation>
    </message>
    <message>
        <source>a gateway cannot receive a message</source>
        <translation>Ein Gateway kann keine Nachricht empfangen</translation>
    </message>
    <message>
        <source>a catching event receives messages; it cannot send one</source>
        <translation>Ein eintretendes Ereignis empfängt Nachrichten; es kann keine senden</translation>
    </message>
    <message>
        <source>a throwing event sends messages; it cannot receive one</source>
        <translation>Ein auslösendes Ereignis sendet Nachrichten; es kann keine empfangen</translation>
    </message>
    <message>
        <source>an association links a text annotation to an element</source>
        <translation>Eine Assoziation verbindet eine Textanmerkung mit einem Element</translation>
    </message>
    <message>
        <source>a data input starts at a data object or data store</source>
        <translation>Eine Dateneingabe beginnt an einem Datenobjekt oder Datenspeicher</translation>
    </message>
    <message>
        <source>data flows into a task, sub-process or throwing event</source>
        <translation>Daten fließen in eine Aufgabe, einen Teilprozess oder ein auslösendes Ereignis</translation>
    </message>
    <message>
        <source>a data output ends at a data object or data store</source>
        <translation>Eine Datenausgabe endet an einem Datenobjekt oder Datenspeicher</translation>
    </message>
    <message>
        <source>data comes from a task, sub-process or catching event</source>
        <translation>Daten kommen aus einer Aufgabe, einem Teilprozess oder einem eintretenden Ereignis</translation>
    </message>
    <message>
        <source>a lane needs at least {size} units</source>
        <translation>Eine Lane braucht mindestens {size} Einheiten</translation>
    </message>
    <message>
        <source>Reroute</source>
        <translation>Flüsse neu führen</translation>
    </message>
    <message>
        <source>a phase needs at least {size} units</source>
        <translation>Eine Phase braucht mindestens {size} Einheiten</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>New &amp;Process</source>
        <translation>Neuer &amp;Prozess</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>Bei&amp;spiel öffnen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram</source>
        <translation>Diagramm &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Vollbil&amp;d</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederherstellen: {action}</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles ausw&amp;ählen</translation>
    </message>
    <message>
        <source>&amp;Risk Heat Map</source>
        <translation>&amp;Risiko-Heatmap</translation>
    </message>
    <message>
        <source>Let elements glow by their worst residual risk; the others fade</source>
        <translation>Elemente nach ihrem höchsten Nettorisiko leuchten lassen; die übrigen treten zurück</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Copy Diagram as &amp;Image</source>
        <translation>Diagramm als &amp;Bild kopieren</translation>
    </message>
    <message>
        <source>Auto-&amp;layout Diagram</source>
        <translation>Diagramm automatisch an&amp;ordnen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Diagram as &amp;Image…</source>
        <translation>Diagramm als &amp;Bild…</translation>
    </message>
    <message>
        <source>&amp;SOP as PDF…</source>
        <translation>&amp;SOP als PDF…</translation>
    </message>
    <message>
        <source>&amp;Landscape as Image…</source>
        <translation>Prozess&amp;landkarte als Bild…</translation>
    </message>
    <message>
        <source>SOP &amp;Bundle…</source>
        <translation>SOP-&amp;Sammlung…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Present to a &amp;Room (full screen)</source>
        <translation>Vor Pu&amp;blikum präsentieren (Vollbild)</translation>
    </message>
    <message>
        <source>Show &amp;Minimap</source>
        <translation>Über&amp;sichtskarte anzeigen</translation>
    </message>
    <message>
        <source>Record &amp;Weak Point…</source>
        <translation>Schwachs&amp;telle erfassen…</translation>
    </message>
    <message>
        <source>Record a weak point on the selected element (or the whole diagram)</source>
        <translation>Eine Schwachstelle am ausgewählten Element (oder am ganzen Diagramm) erfassen</translation>
    </message>
    <message>
        <source>Weak-Point &amp;Heat Map</source>
        <translation>Schwachstellen-&amp;Heatmap</translation>
    </message>
    <message>
        <source>Let elements glow by their open weak points; the others fade</source>
        <translation>Elemente nach ihren offenen Schwachstellen hervorheben; die übrigen treten zurück</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>BPMN-2.0-Dateien (*.bpmn *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>larger than {size} MB</source>
        <translation>größer als {size} MB</translation>
    </message>
    <message>
        <source>Import BPMN</source>
        <translation>BPMN importieren</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}</source>
        <translation>{name} wurde nicht importiert: {reason}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importiert</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was imported with notes:

{notes}</source>
        <translation>{name} wurde mit Hinweisen importiert:

{notes}</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <source>Export BPMN</source>
        <translation>BPMN exportieren</translation>
    </message>
    <message>
        <source>Click to select · double-click or F2 renames · Enter adds a cause below · Tab adds a sub-cause · Space marks confirmed · Delete removes · Alt+Up/Down moves · drag a cause onto another category or cause</source>
        <translation>Klicken wählt aus · Doppelklick oder F2 benennt um · Eingabe fügt darunter eine Ursache hinzu · Tab fügt eine Unterursache hinzu · Leertaste markiert als bestätigt · Entf löscht · Alt+Auf/Ab verschiebt · eine Ursache auf eine andere Kategorie oder Ursache ziehen</translation>
    </message>
    <message>
        <source>Root-cause analysis: {problem}</source>
        <translation>Ursachenanalyse: {problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weak point:&lt;/b&gt; {description}</source>
        <translation>&lt;b&gt;Schwachstelle:&lt;/b&gt; {description}</translation>
    </message>
    <message>
        <source>5 Whys</source>
        <translation>5 Warum</translation>
    </message>
    <message>
        <source>Fishbone</source>
        <translation>Fischgräte</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Start with the 6M categories</source>
        <translation>Mit den 6M-Kategorien beginnen</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Ursache hinzufügen</translation>
    </message>
    <message>
        <source>Add sub-cause</source>
        <translation>Unterursache hinzufügen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Add category…</source>
        <translation>Kategorie hinzufügen…</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Category name:</source>
        <translation>Name der Kategorie:</translation>
    </message>
    <message>
        <source>Export fishbone</source>
        <translation>Fischgrätendiagramm exportieren</translation>
    </message>
    <message>
        <source>fishbone</source>
        <translation>fischgraete</translation>
    </message>
    <message>
        <source>{name} was not written: {reason}</source>
        <translation>{name} wurde nicht geschrieben: {reason}</translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Auditbericht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF-Dokument (*.pdf);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>The audit report could not be written:
{reason}</source>
        <translation>Der Auditbericht konnte nicht geschrieben werden:
{reason}</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>{name} wird exportiert…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Audit report of</source>
        <translation>Auditbericht für</translation>
    </message>
    <message>
        <source>the whole workspace</source>
        <translation>den ganzen Arbeitsbereich</translation>
    </message>
    <message>
        <source>Audit report written to {path}</source>
        <translation>Auditbericht geschrieben nach {path}</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <source>&amp;Import BPMN…</source>
        <translation>BPMN &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a BPMN 2.0 file (Camunda, Signavio, Bizagi…) as a new process</source>
        <translation>Eine BPMN-2.0-Datei (Camunda, Signavio, Bizagi…) als neuen Prozess importieren</translation>
    </message>
    <message>
        <source>&amp;BPMN 2.0…</source>
        <translation>&amp;BPMN 2.0…</translation>
    </message>
    <message>
        <source>Write the process with all its diagrams as BPMN 2.0 XML</source>
        <translation>Den Prozess mit allen Diagrammen als BPMN-2.0-XML schreiben</translation>
    </message>
    <message>
        <source>Diagram canvas</source>
        <translation>Diagrammfläche</translation>
    </message>
    <message>
        <source>Append {element}</source>
        <translation>{element} anhängen</translation>
    </message>
    <message>
        <source>Drag to connect (or select and press C)</source>
        <translation>Ziehen zum Verbinden (oder auswählen und C drücken)</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Links ausrichten</translation>
    </message>
    <message>
        <source>Align centre</source>
        <translation>Zentriert ausrichten</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Oben ausrichten</translation>
    </message>
    <message>
        <source>Align middle</source>
        <translation>Mittig ausrichten</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>Unten ausrichten</translation>
    </message>
    <message>
        <source>Add lane above</source>
        <translation>Lane darüber einfügen</translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation>Lane darunter einfügen</translation>
    </message>
    <message>
        <source>Split into sub-lanes</source>
        <translation>In Unter-Lanes teilen</translation>
    </message>
    <message>
        <source>Add lane to pool</source>
        <translation>Lane zum Pool hinzufügen</translation>
    </message>
    <message>
        <source>Phase</source>
        <comment>default name</comment>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Delete pool</source>
        <translation>Pool löschen</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Append task</source>
        <translation>Aufgabe anhängen</translation>
    </message>
    <message>
        <source>Append gateway</source>
        <translation>Gateway anhängen</translation>
    </message>
    <message>
        <source>Append end event</source>
        <translation>Endereignis anhängen</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add requirement</source>
        <translation>Anforderung hinzufügen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Coverage ({count})</source>
        <translation>Abdeckung ({count})</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message numerus="yes">
        <source>%n weak points created for maturity gaps</source>
        <translation>
            <numerusform>%n Schwachstelle für Reifegradlücken angelegt</numerusform>
            <numerusform>%n Schwachstellen für Reifegradlücken angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>Import requirements</source>
        <translation>Anforderungen importieren</translation>
    </message>
    <message>
        <source>Requirements (*.csv *.xlsx)</source>
        <translation>Anforderungen (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Requirements imported: {added} added, {updated} updated</source>
        <translation>Anforderungen importiert: {added} hinzugefügt, {updated} aktualisiert</translation>
    </message>
    <message>
        <source>Open sub-process</source>
        <translation>Teilprozess öffnen</translation>
    </message>
    <message>
        <source>Reset route</source>
        <translation>Verlauf zurücksetzen</translation>
    </message>
    <message>
        <source>Add pool here</source>
        <translation>Pool hier einfügen</translation>
    </message>
    <message>
        <source>Pool</source>
        <comment>default name</comment>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Lane 1</source>
        <comment>default name</comment>
        <translation>Lane 1</translation>
    </message>
    <message>
        <source>Lane 2</source>
        <comment>default name</comment>
        <translation>Lane 2</translation>
    </message>
    <message>
        <source>Add vertical pool here</source>
        <translation>Senkrechten Pool hier einfügen</translation>
    </message>
    <message>
        <source>Record weak point…</source>
        <translation>Schwachstelle erfassen…</translation>
    </message>
    <message>
        <source>Record a weak point here (Ctrl+Shift+W)</source>
        <translation>Hier eine Schwachstelle erfassen (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Auto-layout diagram</source>
        <translation>Diagramm automatisch anordnen</translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Verbinden mit…</translation>
    </message>
    <message>
        <source>Choose the target with Tab or the arrow keys, then press Enter</source>
        <translation>Wählen Sie das Ziel mit Tab oder den Pfeiltasten und drücken Sie dann die Eingabetaste</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Waagerecht verteilen</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Senkrecht verteilen</translation>
    </message>
    <message>
        <source>Append task (T)</source>
        <translation>Aufgabe anhängen (T)</translation>
    </message>
    <message>
        <source>Append gateway (G)</source>
        <translation>Gateway anhängen (G)</translation>
    </message>
    <message>
        <source>Append end event (E)</source>
        <translation>Endereignis anhängen (E)</translation>
    </message>
    <message>
        <source>Record weak point (Ctrl+Shift+W)</source>
        <translation>Schwachstelle erfassen (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Löschen (Entf)</translation>
    </message>
    <message>
        <source>This workspace is open read-only</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Pool</source>
        <comment>name of a new pool</comment>
        <translation>Pool</translation>
    </message>
    <message>
        <source>this element cannot be placed here</source>
        <translation>dieses Element kann hier nicht platziert werden</translation>
    </message>
    <message>
        <source>1 open weak point on this diagram</source>
        <translation>1 offene Schwachstelle in diesem Diagramm</translation>
    </message>
    <message numerus="yes">
        <source>%n open weak points on this diagram</source>
        <translation>
            <numerusform>%n offene Schwachstelle in diesem Diagramm</numerusform>
            <numerusform>%n offene Schwachstellen in diesem Diagramm</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this diagram can be connected from {name}</source>
        <translation>In diesem Diagramm lässt sich nichts mit {name} verbinden</translation>
    </message>
    <message>
        <source>Connecting cancelled</source>
        <translation>Verbinden abgebrochen</translation>
    </message>
    <message>
        <source>Connected {source} to {target}</source>
        <translation>{source} mit {target} verbunden</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n elements</source>
        <translation>
            <numerusform>%n Element kopiert</numerusform>
            <numerusform>%n Elemente kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one element to connect from, then press C</source>
        <translation>Wählen Sie ein Element als Anfang der Verbindung und drücken Sie dann C</translation>
    </message>
    <message>
        <source>Only tasks, events, gateways, data, annotations and pools can be connected</source>
        <translation>Nur Aufgaben, Ereignisse, Gateways, Daten, Textanmerkungen und Pools können verbunden werden</translation>
    </message>
    <message>
        <source>Editing the name of {name}. Enter keeps it, Shift+Enter starts a new line, Escape drops it.</source>
        <translation>Sie bearbeiten den Namen von {name}. Eingabetaste übernimmt ihn, Umschalt+Eingabetaste beginnt eine neue Zeile, Esc verwirft ihn.</translation>
    </message>
    <message>
        <source>Move label</source>
        <translation>Beschriftung verschieben</translation>
    </message>
    <message>
        <source>1 open weak point, worst severity {worst}</source>
        <translation>1 offene Schwachstelle, höchster Schweregrad {worst}</translation>
    </message>
    <message numerus="yes">
        <source>%n open weak points, worst severity {worst}</source>
        <translation>
            <numerusform>%n offene Schwachstelle, höchster Schweregrad {worst}</numerusform>
            <numerusform>%n offene Schwachstellen, höchster Schweregrad {worst}</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI off target — {kpi}</source>
        <translation>Kennzahl verfehlt Zielwert — {kpi}</translation>
    </message>
    <message>
        <source>Create start event</source>
        <translation>Startereignis erstellen</translation>
    </message>
    <message>
        <source>Create intermediate event</source>
        <translation>Zwischenereignis erstellen</translation>
    </message>
    <message>
        <source>Create timer event</source>
        <translation>Zeitereignis erstellen</translation>
    </message>
    <message>
        <source>Create end event</source>
        <translation>Endereignis erstellen</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Aufgabe erstellen</translation>
    </message>
    <message>
        <source>Create user task</source>
        <translation>Benutzeraufgabe erstellen</translation>
    </message>
    <message>
        <source>Create service task</source>
        <translation>Serviceaufgabe erstellen</translation>
    </message>
    <message>
        <source>Create sub-process</source>
        <translation>Teilprozess erstellen</translation>
    </message>
    <message>
        <source>Create exclusive gateway</source>
        <translation>Exklusives Gateway erstellen</translation>
    </message>
    <message>
        <source>Create parallel gateway</source>
        <translation>Paralleles Gateway erstellen</translation>
    </message>
    <message>
        <source>Create data object</source>
        <translation>Datenobjekt erstellen</translation>
    </message>
    <message>
        <source>Create data store</source>
        <translation>Datenspeicher erstellen</translation>
    </message>
    <message>
        <source>Create text annotation</source>
        <translation>Textanmerkung erstellen</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Gruppe erstellen</translation>
    </message>
    <message>
        <source>Create pool</source>
        <translation>Pool erstellen</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <comment>name of the diagram inside an unnamed sub-process</comment>
        <translation>Teilprozess</translation>
    </message>
    <message>
        <source>The diagram. Tab and Shift+Tab select element after element, arrow keys move the selection, F2 renames it, C connects it to another element, Delete removes it.</source>
        <translation>Das Diagramm. Tab und Umschalt+Tab wählen ein Element nach dem anderen, die Pfeiltasten verschieben die Auswahl, F2 benennt sie um, C verbindet sie mit einem anderen Element, Entf löscht sie.</translation>
    </message>
    <message>
        <source>Move bend point</source>
        <translation>Knickpunkt verschieben</translation>
    </message>
    <message>
        <source>Step</source>
        <comment>quick capture column</comment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Lane</source>
        <comment>quick capture column</comment>
        <translation>Lane</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>quick capture column</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>After</source>
        <comment>quick capture column</comment>
        <translation>Nach</translation>
    </message>
    <message>
        <source>(unnamed {kind})</source>
        <translation>(unbenannt: {kind})</translation>
    </message>
    <message>
        <source>Added ({count})</source>
        <translation>Hinzugefügt ({count})</translation>
    </message>
    <message>
        <source>Removed ({count})</source>
        <translation>Entfernt ({count})</translation>
    </message>
    <message>
        <source>no lane</source>
        <translation>keine Lane</translation>
    </message>
    <message>
        <source>Changed ({count})</source>
        <translation>Geändert ({count})</translation>
    </message>
    <message>
        <source>added</source>
        <comment>compared step</comment>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>compared step</comment>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>compared step</comment>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Diagram before</source>
        <translation>Diagramm vorher</translation>
    </message>
    <message>
        <source>Diagram after</source>
        <translation>Diagramm nachher</translation>
    </message>
    <message>
        <source>Cycle time P50, simulated (min)</source>
        <translation>Durchlaufzeit P50, simuliert (min)</translation>
    </message>
    <message>
        <source>Cycle time P90, simulated (min)</source>
        <translation>Durchlaufzeit P90, simuliert (min)</translation>
    </message>
    <message>
        <source>Cost P50, simulated</source>
        <translation>Kosten P50, simuliert</translation>
    </message>
    <message>
        <source>Cost P90, simulated</source>
        <translation>Kosten P90, simuliert</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Start-to-end paths</source>
        <translation>Pfade vom Start zum Ende</translation>
    </message>
    <message>
        <source>Rework loops</source>
        <translation>Nacharbeitsschleifen</translation>
    </message>
    <message>
        <source>Expected cycle time (min)</source>
        <translation>Erwartete Durchlaufzeit (min)</translation>
    </message>
    <message>
        <source>Expected cost</source>
        <translation>Erwartete Kosten</translation>
    </message>
    <message>
        <source>Work time (min)</source>
        <translation>Bearbeitungszeit (min)</translation>
    </message>
    <message>
        <source>Waiting time (min)</source>
        <translation>Wartezeit (min)</translation>
    </message>
    <message>
        <source>Open weak points</source>
        <translation>Offene Schwachstellen</translation>
    </message>
    <message>
        <source>Simulation runs</source>
        <translation>Simulationsläufe</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> Durchläufe</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simulieren</translation>
    </message>
    <message>
        <source>Key figures compared</source>
        <translation>Verglichene Kennzahlen</translation>
    </message>
    <message>
        <source>the working draft</source>
        <translation>dem Arbeitsentwurf</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>From {before} to {after}.</source>
        <translation>Von {before} zu {after}.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>Green: added · red: removed · amber: changed · grey line: moved (old to new place)</source>
        <translation>Grün: hinzugefügt · Rot: entfernt · Gelb: geändert · graue Linie: verschoben (vom alten zum neuen Platz)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Key figures of {diagram}</source>
        <translation>Kennzahlen von {diagram}</translation>
    </message>
    <message>
        <source>From</source>
        <comment>compared diagram</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <comment>compared diagram</comment>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Changes between the variants</source>
        <translation>Änderungen zwischen den Varianten</translation>
    </message>
    <message>
        <source>cycle time (min)</source>
        <translation>Durchlaufzeit (min)</translation>
    </message>
    <message>
        <source>to</source>
        <comment>compared diagram</comment>
        <translation>nach</translation>
    </message>
    <message>
        <source>Choose two different diagrams of the process to compare.</source>
        <translation>Wählen Sie zwei verschiedene Diagramme des Prozesses zum Vergleich.</translation>
    </message>
    <message>
        <source>{added} added, {removed} removed, {changed} changed, {unchanged} unchanged</source>
        <translation>{added} hinzugefügt, {removed} entfernt, {changed} geändert, {unchanged} unverändert</translation>
    </message>
    <message>
        <source>Cannot simulate: {reason}</source>
        <translation>Simulation nicht möglich: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Simulating %n runs…</source>
        <translation>
            <numerusform>%n Durchlauf wird simuliert…</numerusform>
            <numerusform>%n Durchläufe werden simuliert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export landscape</source>
        <translation>Prozesslandkarte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The picture could not be written:
{reason}</source>
        <translation>Das Bild konnte nicht geschrieben werden:
{reason}</translation>
    </message>
    <message>
        <source>SOP bundle</source>
        <translation>SOP-Sammlung</translation>
    </message>
    <message>
        <source>Include processes not yet approved</source>
        <translation>Auch noch nicht freigegebene Prozesse aufnehmen</translation>
    </message>
    <message>
        <source>One PDF: the landscape, the contents and every SOP</source>
        <translation>Ein PDF: Prozesslandkarte, Inhaltsverzeichnis und alle SOPs</translation>
    </message>
    <message>
        <source>A folder: landscape.pdf and one PDF per process</source>
        <translation>Ein Ordner: landscape.pdf und ein PDF je Prozess</translation>
    </message>
    <message>
        <source>The SOP bundle could not be written:
{reason}</source>
        <translation>Die SOP-Sammlung konnte nicht geschrieben werden:
{reason}</translation>
    </message>
    <message>
        <source>Writing the SOP bundle {name}…</source>
        <translation>SOP-Sammlung {name} wird geschrieben…</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The image could not be written:
{reason}</source>
        <translation>Das Bild konnte nicht geschrieben werden:
{reason}</translation>
    </message>
    <message>
        <source>empty boxes</source>
        <translation>leere Kästchen</translation>
    </message>
    <message>
        <source>Edit date of measurement</source>
        <translation>Datum des Messwerts bearbeiten</translation>
    </message>
    <message>
        <source>Edit value of measurement</source>
        <translation>Wert des Messwerts bearbeiten</translation>
    </message>
    <message>
        <source>Edit note of measurement</source>
        <translation>Notiz zum Messwert bearbeiten</translation>
    </message>
    <message>
        <source>KPI chart</source>
        <translation>Kennzahl-Diagramm</translation>
    </message>
    <message>
        <source>The chosen KPI's measurements over time, with its target as a line.</source>
        <translation>Die Messwerte der gewählten Kennzahl im Zeitverlauf, mit dem Zielwert als Linie.</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>{name} (the process)</source>
        <translation>{name} (der Prozess)</translation>
    </message>
    <message>
        <source>{name} (diagram)</source>
        <translation>{name} (Diagramm)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Choose a process and a maturity model.</source>
        <translation>Wählen Sie einen Prozess und ein Reifegradmodell.</translation>
    </message>
    <message>
        <source>No assessment of this process under {model} yet: start one with New assessment. The target profile can be set already.</source>
        <translation>Noch keine Bewertung dieses Prozesses nach {model}: beginnen Sie eine mit Neue Bewertung. Das Zielprofil kann schon gesetzt werden.</translation>
    </message>
    <message>
        <source>Date of the new measurement</source>
        <translation>Datum des neuen Messwerts</translation>
    </message>
    <message>
        <source>Value of the new measurement</source>
        <translation>Wert des neuen Messwerts</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>value</source>
        <comment>measurement</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>no KPI with id {id}</source>
        <translation>keine Kennzahl mit der ID {id}</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>das Datum ist leer</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <source>the file holds no measurement</source>
        <translation>die Datei enthält keinen Messwert</translation>
    </message>
    <message>
        <source>{kpi} has another value for {date} in row {row}</source>
        <translation>{kpi} hat in Zeile {row} einen anderen Wert für {date}</translation>
    </message>
    <message>
        <source>{kpi} already has {value} for {date}</source>
        <translation>{kpi} hat für {date} bereits den Wert {value}</translation>
    </message>
    <message>
        <source>the KPI is empty</source>
        <translation>die Kennzahl ist leer</translation>
    </message>
    <message>
        <source>no KPI named '{name}'</source>
        <translation>keine Kennzahl namens '{name}'</translation>
    </message>
    <message numerus="yes">
        <source>%n KPIs are named '{name}': add a process column or use the KPI id</source>
        <translation>
            <numerusform>%n Kennzahl heißt '{name}': fügen Sie eine Prozessspalte hinzu oder verwenden Sie die Kennzahl-ID</numerusform>
            <numerusform>%n Kennzahlen heißen '{name}': fügen Sie eine Prozessspalte hinzu oder verwenden Sie die Kennzahl-ID</numerusform>
        </translation>
    </message>
    <message>
        <source>no process named '{name}'</source>
        <translation>kein Prozess namens '{name}'</translation>
    </message>
    <message numerus="yes">
        <source>%n processes are named '{name}'</source>
        <translation>
            <numerusform>%n Prozess heißt '{name}'</numerusform>
            <numerusform>%n Prozesse heißen '{name}'</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the new measurement</source>
        <translation>Notiz zum neuen Messwert</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>measurement</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Zeilen einfügen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>choose a KPI first</source>
        <translation>Wählen Sie zuerst eine Kennzahl</translation>
    </message>
    <message>
        <source>pasted rows</source>
        <translation>den eingefügten Zeilen</translation>
    </message>
    <message>
        <source>Nothing imported from {source}; fix these rows:</source>
        <translation>Nichts aus {source} importiert; korrigieren Sie diese Zeilen:</translation>
    </message>
    <message>
        <source>Nothing imported from {source}: {error}</source>
        <translation>Nichts aus {source} importiert: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n measurements</source>
        <translation>
            <numerusform>%n Messwert importieren</numerusform>
            <numerusform>%n Messwerte importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read {name}: {error}</source>
        <translation>{name} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation>Messwerte importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
    <message>
        <source>latest {value} on {date}</source>
        <translation>zuletzt {value} am {date}</translation>
    </message>
    <message>
        <source>latest {value} on {date} (on target)</source>
        <translation>zuletzt {value} am {date} (im Ziel)</translation>
    </message>
    <message>
        <source>latest {value} on {date} (off target)</source>
        <translation>zuletzt {value} am {date} (nicht im Ziel)</translation>
    </message>
    <message>
        <source>No KPI yet: define one below.</source>
        <translation>Noch keine Kennzahl: Legen Sie unten eine an.</translation>
    </message>
    <message>
        <source>No process chosen.</source>
        <translation>Kein Prozess gewählt.</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>target {value} {unit}</source>
        <translation>Zielwert {value} {unit}</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} Monate</translation>
    </message>
    <message>
        <source>rank {rank}</source>
        <translation>Rang {rank}</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>ohne Rang</translation>
    </message>
    <message>
        <source>weighted score {score}</source>
        <translation>gewichtete Bewertung {score}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>computed from the to-be</source>
        <translation>aus dem Soll berechnet</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Einmalkosten</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>{days} person-days</source>
        <translation>{days} Personentage</translation>
    </message>
    <message>
        <source>Expected annual benefit</source>
        <translation>Erwarteter Jahresnutzen</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>{npv} over {years} years at {rate} %</source>
        <translation>{npv} über {years} Jahre zu {rate} %</translation>
    </message>
    <message>
        <source>Benefit from '{diagram}' ({basis}): {derivation}</source>
        <translation>Nutzen aus „{diagram}“ ({basis}): {derivation}</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Weak points addressed</source>
        <translation>Behandelte Schwachstellen</translation>
    </message>
    <message>
        <source>None linked.</source>
        <translation>Keine verknüpft.</translation>
    </message>
    <message>
        <source>{where} (severity {severity}): {description}</source>
        <translation>{where} (Schwere {severity}): {description}</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be made</source>
        <translation>Schreibgeschützt geöffnet: Änderungen sind nicht möglich</translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>Die Änderung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The window closes when the running job is finished…</source>
        <translation>Das Fenster schließt, sobald die laufende Arbeit beendet ist…</translation>
    </message>
    <message>
        <source>line {number}: needs a date and a value</source>
        <translation>Zeile {number}: Datum und Wert fehlen</translation>
    </message>
    <message>
        <source>line {number}: {problems}</source>
        <translation>Zeile {number}: {problems}</translation>
    </message>
    <message>
        <source>no measurements found: expected rows of date, value[, note]</source>
        <translation>keine Messwerte gefunden: erwartet werden Zeilen mit Datum, Wert[, Notiz]</translation>
    </message>
    <message>
        <source>'{text}' is not a date (use YYYY-MM-DD)</source>
        <translation>„{text}“ ist kein Datum (JJJJ-MM-TT verwenden)</translation>
    </message>
    <message>
        <source>'{text}' is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Landscape</source>
        <comment>workspace area</comment>
        <translation>Prozesslandkarte</translation>
    </message>
    <message>
        <source>Improvement</source>
        <comment>workspace area</comment>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>Maturity</source>
        <comment>workspace area</comment>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Audit</source>
        <comment>workspace area</comment>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Performance</source>
        <comment>workspace area</comment>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Diagram</source>
        <comment>workspace area</comment>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Open a workspace to see this.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um dies zu sehen.</translation>
    </message>
    <message>
        <source>Workspace areas</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Schnellerfassung</translation>
    </message>
    <message>
        <source>decision</source>
        <comment>exclusive gateway, as said aloud</comment>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>→ next   ← back   Home start   Esc end</source>
        <translation>→ weiter   ← zurück   Pos1 Anfang   Esc Ende</translation>
    </message>
    <message>
        <source>Presentation — procdesk</source>
        <translation>Präsentation — procdesk</translation>
    </message>
    <message numerus="yes">
        <source>%n steps — press → to walk through them</source>
        <translation>
            <numerusform>%n Schritt — mit → durchgehen</numerusform>
            <numerusform>%n Schritte — mit → durchgehen</numerusform>
        </translation>
    </message>
    <message>
        <source>as-is</source>
        <comment>diagram variant</comment>
        <translation>Ist</translation>
    </message>
    <message>
        <source>to-be</source>
        <comment>diagram variant</comment>
        <translation>Soll</translation>
    </message>
    <message>
        <source>The workspace's processes with their diagrams: choosing a diagram shows it.</source>
        <translation>Die Prozesse des Arbeitsbereichs mit ihren Diagrammen: Wählen Sie ein Diagramm, um es anzuzeigen.</translation>
    </message>
    <message>
        <source>BPMN processes: {names}</source>
        <translation>BPMN-Prozesse: {names}</translation>
    </message>
    <message>
        <source>Shows: {names}</source>
        <translation>Zeigt: {names}</translation>
    </message>
    <message>
        <source>Review overdue since {date}.</source>
        <translation>Prüfung überfällig seit {date}.</translation>
    </message>
    <message>
        <source>New process</source>
        <comment>default name</comment>
        <translation>Neuer Prozess</translation>
    </message>
    <message>
        <source>New process</source>
        <comment>menu</comment>
        <translation>Neuer Prozess</translation>
    </message>
    <message>
        <source>Create to-be from this</source>
        <translation>Soll-Prozess daraus erstellen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete diagram</source>
        <translation>Diagramm löschen</translation>
    </message>
    <message>
        <source>Delete process</source>
        <translation>Prozess löschen</translation>
    </message>
    <message>
        <source>{name} (pool {pool})</source>
        <translation>{name} (Pool {pool})</translation>
    </message>
    <message>
        <source>{name} (not drawn)</source>
        <translation>{name} (nicht gezeichnet)</translation>
    </message>
    <message>
        <source>BPMN process {id}</source>
        <translation>BPMN-Prozess {id}</translation>
    </message>
    <message>
        <source>Enter adds the step · Tab: next field · kinds: task, user, system, decision, end…</source>
        <translation>Enter fügt den Schritt hinzu · Tab: nächstes Feld · Arten: task, user, system, decision, end…</translation>
    </message>
    <message>
        <source>step</source>
        <comment>an unnamed step in an undo label</comment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>The diagram's steps, one row each; typing in the last row and Enter adds one.</source>
        <translation>Die Schritte des Diagramms, je Zeile einer; Eingabe in der letzten Zeile und die Eingabetaste fügen einen hinzu.</translation>
    </message>
    <message>
        <source>The workspace is open read-only: steps cannot be added here.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt geöffnet: Hier können keine Schritte hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Type a step and press Enter…</source>
        <translation>Schritt eingeben und Enter drücken…</translation>
    </message>
    <message>
        <source>Type the step's name first.</source>
        <translation>Geben Sie zuerst den Namen des Schritts ein.</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>„{name}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>no step named {name} in this diagram</source>
        <translation>kein Schritt namens {name} in diesem Diagramm</translation>
    </message>
    <message>
        <source>a step cannot come after itself</source>
        <translation>ein Schritt kann nicht auf sich selbst folgen</translation>
    </message>
    <message>
        <source>Put {step} after {after}</source>
        <translation>{step} nach {after} setzen</translation>
    </message>
    <message>
        <source>Move {step} to {lane}</source>
        <translation>{step} nach {lane} verschieben</translation>
    </message>
    <message>
        <source>Make {step} a {kind}</source>
        <translation>{step} zu {kind} machen</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Find in diagram</source>
        <translation>Im Diagramm suchen</translation>
    </message>
    <message>
        <source>Find in diagram — names, instructions, notes</source>
        <translation>Im Diagramm suchen — Namen, Anweisungen, Notizen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Found in its {field}</source>
        <translation>Gefunden in: {field}</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <comment>search matches</comment>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <comment>search matches</comment>
        <translation>{index} von {count}</translation>
    </message>
    <message>
        <source>Open {diagram} and select {element}</source>
        <translation>{diagram} öffnen und {element} auswählen</translation>
    </message>
    <message>
        <source>In other diagrams ({count})</source>
        <translation>In anderen Diagrammen ({count})</translation>
    </message>
    <message>
        <source>name</source>
        <comment>where a search found its text</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>work instruction</source>
        <comment>where a search found its text</comment>
        <translation>Arbeitsanweisung</translation>
    </message>
    <message>
        <source>documentation</source>
        <comment>where a search found its text</comment>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>condition</source>
        <comment>where a search found its text</comment>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Weak points and improvement actions</source>
        <translation>Schwachstellen und Maßnahmen</translation>
    </message>
    <message>
        <source>Export SOP PDF — {process}</source>
        <translation>SOP als PDF exportieren — {process}</translation>
    </message>
    <message>
        <source>Name (leave empty to sign by hand)</source>
        <translation>Name (leer lassen, um von Hand zu unterschreiben)</translation>
    </message>
    <message>
        <source>&amp;Diagram:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Erstellt von:</translation>
    </message>
    <message>
        <source>&amp;Reviewed by:</source>
        <translation>&amp;Geprüft von:</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>&amp;Freigegeben von:</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>Papier&amp;format:</translation>
    </message>
    <message>
        <source>Sections (the cover is always included)</source>
        <translation>Abschnitte (das Deckblatt ist immer dabei)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export SOP PDF</source>
        <translation>SOP als PDF exportieren</translation>
    </message>
    <message>
        <source>The SOP could not be written:
{reason}</source>
        <translation>Die SOP konnte nicht geschrieben werden:
{reason}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Draw how work really flows, find its weak points, and publish the procedure.</source>
        <translation>Zeichnen Sie, wie die Arbeit wirklich abläuft, finden Sie die Schwachstellen und veröffentlichen Sie den Ablauf.</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open the sample</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>No recent workspaces yet</source>
        <translation>Noch keine zuletzt verwendeten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <comment>theme</comment>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <comment>theme</comment>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <comment>theme</comment>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Nacharbeit</translation>
    </message>
    <message>
        <source>Manual / error-prone</source>
        <translation>Manuell / fehleranfällig</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Doppelarbeit</translation>
    </message>
    <message>
        <source>Hand-off</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Compliance risk</source>
        <translation>Compliance-Risiko</translation>
    </message>
    <message>
        <source>IT gap</source>
        <translation>IT-Lücke</translation>
    </message>
    <message>
        <source>1 = minor … 5 = critical</source>
        <translation>1 = gering … 5 = kritisch</translation>
    </message>
    <message>
        <source>the whole diagram</source>
        <translation>das ganze Diagramm</translation>
    </message>
    <message>
        <source>Edit weak point</source>
        <translation>Schwachstelle bearbeiten</translation>
    </message>
    <message>
        <source>New weak point</source>
        <translation>Neue Schwachstelle</translation>
    </message>
    <message>
        <source>On</source>
        <comment>what a weak point is recorded on</comment>
        <translation>An</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Severity ({hint})</source>
        <translation>&amp;Schweregrad ({hint})</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Root &amp;cause</source>
        <translation>&amp;Ursache</translation>
    </message>
    <message>
        <source>Proposed &amp;action</source>
        <translation>Vorgeschlagene &amp;Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>Root-cause analysis…</source>
        <translation>Ursachenanalyse…</translation>
    </message>
    <message>
        <source>Ask the 5 Whys and draw the fishbone of this weak point</source>
        <translation>Die 5 Warum fragen und das Fischgrätendiagramm dieser Schwachstelle zeichnen</translation>
    </message>
    <message>
        <source>The last answer of the 5 Whys</source>
        <translation>Die letzte Antwort der 5 Warum</translation>
    </message>
    <message>
        <source>Describe the weak point: what goes wrong, and where?</source>
        <translation>Beschreiben Sie die Schwachstelle: Was läuft schief, und wo?</translation>
    </message>
    <message>
        <source>Select one element to record a weak point on it</source>
        <translation>Wählen Sie ein Element, um daran eine Schwachstelle zu erfassen</translation>
    </message>
    <message>
        <source>Colour the processes by</source>
        <translation>Prozesse einfärben nach</translation>
    </message>
    <message>
        <source>SOP bundle…</source>
        <translation>SOP-Sammlung…</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Einfärben nach:</translation>
    </message>
    <message>
        <source>Open the diagram of {name}</source>
        <translation>Diagramm von {name} öffnen</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportiert</translation>
    </message>
    <message>
        <source>Diagram copied as a picture</source>
        <translation>Diagramm als Bild kopiert</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>procdesk workspaces (*.procdesk);;All files (*)</source>
        <translation>procdesk-Arbeitsbereiche (*.procdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{name} [read-only] — procdesk</source>
        <translation>{name} [schreibgeschützt] — procdesk</translation>
    </message>
    <message>
        <source>{name} — procdesk</source>
        <translation>{name} — procdesk</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Arbeitsbereich kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Neuer Prozess</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>Arbeitsbereich kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt verwendeten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>plot menu</comment>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>procdesk will use the new language the next time it starts.</source>
        <translation>procdesk verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>Übersichtskarte</translation>
    </message>
    <message>
        <source>Overview of the whole diagram; the frame shows the visible part</source>
        <translation>Übersicht über das ganze Diagramm; der Rahmen zeigt den sichtbaren Ausschnitt</translation>
    </message>
    <message>
        <source>{element} is linked to a process that no longer exists</source>
        <translation>{element} ist mit einem Prozess verknüpft, den es nicht mehr gibt</translation>
    </message>
    <message>
        <source>{element} names no process to call</source>
        <translation>{element} nennt keinen Prozess, der aufgerufen wird</translation>
    </message>
    <message>
        <source>{element} calls '{reference}', the name of several processes</source>
        <translation>{element} ruft „{reference}“ auf – so heißen mehrere Prozesse</translation>
    </message>
    <message>
        <source>{element} calls '{reference}', which is no process of this workspace</source>
        <translation>{element} ruft „{reference}“ auf – kein Prozess dieses Arbeitsbereichs</translation>
    </message>
    <message numerus="yes">
        <source>%n SOPs follow</source>
        <translation>
            <numerusform>%n SOP folgt</numerusform>
            <numerusform>%n SOPs folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>Stand {date}</translation>
    </message>
    <message>
        <source>The SOPs of every process, drafts included, in the order of the landscape.</source>
        <translation>Die SOPs aller Prozesse, auch der Entwürfe, in der Reihenfolge der Prozesslandkarte.</translation>
    </message>
    <message>
        <source>The SOPs of the approved processes, in the order of the landscape.</source>
        <translation>Die SOPs der freigegebenen Prozesse, in der Reihenfolge der Prozesslandkarte.</translation>
    </message>
    <message>
        <source>No process is approved yet: include drafts to bundle every process.</source>
        <translation>Noch ist kein Prozess freigegeben: Nehmen Sie Entwürfe auf, um alle Prozesse zu sammeln.</translation>
    </message>
    <message>
        <source>Audit report: {scope}</source>
        <translation>Auditbericht: {scope}</translation>
    </message>
    <message>
        <source>Audit report · {scope} · {date}</source>
        <translation>Auditbericht · {scope} · {date}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Auditbericht</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Last revision</source>
        <translation>Letzte Revision</translation>
    </message>
    <message>
        <source>Approval status of the SOPs</source>
        <translation>Freigabestatus der SOPs</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Requirements and their coverage</source>
        <translation>Anforderungen und ihre Abdeckung</translation>
    </message>
    <message>
        <source>The register holds no requirement.</source>
        <translation>Das Register enthält keine Anforderung.</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>No risk is recorded.</source>
        <translation>Es ist kein Risiko erfasst.</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Residual (after controls)</source>
        <translation>Netto (nach Kontrollen)</translation>
    </message>
    <message>
        <source>Residual: each control that runs at a step lowers the likelihood (preventive) or the impact (detective) by one level, two if automated, never below 1.</source>
        <translation>Netto: Jede Kontrolle, die an einem Schritt durchgeführt wird, senkt die Wahrscheinlichkeit (präventiv) oder die Auswirkung (detektiv) um eine Stufe, automatisiert um zwei, nie unter 1.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Controls per step</source>
        <translation>Kontrollen je Schritt</translation>
    </message>
    <message>
        <source>No control is recorded.</source>
        <translation>Es ist keine Kontrolle erfasst.</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>No open finding.</source>
        <translation>Kein offener Befund.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Maturity: {process}</source>
        <translation>Reifegrad: {process}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Management processes</source>
        <translation>Führungsprozesse</translation>
    </message>
    <message>
        <source>Core processes</source>
        <translation>Kernprozesse</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützungsprozesse</translation>
    </message>
    <message>
        <source>Management</source>
        <comment>landscape band</comment>
        <translation>Führung</translation>
    </message>
    <message>
        <source>Core</source>
        <comment>landscape band</comment>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Support</source>
        <comment>landscape band</comment>
        <translation>Unterstützung</translation>
    </message>
    <message numerus="yes">
        <source>%n landscape placements</source>
        <translation>
            <numerusform>%n Platzierung in der Prozesslandkarte</numerusform>
            <numerusform>%n Platzierungen in der Prozesslandkarte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process links</source>
        <translation>
            <numerusform>%n Prozessverknüpfung</numerusform>
            <numerusform>%n Prozessverknüpfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>landscape placement</source>
        <comment>element kind</comment>
        <translation>Platzierung in der Prozesslandkarte</translation>
    </message>
    <message>
        <source>process link</source>
        <comment>element kind</comment>
        <translation>Prozessverknüpfung</translation>
    </message>
    <message>
        <source>Move {name} in the landscape</source>
        <translation>{name} in der Prozesslandkarte verschieben</translation>
    </message>
    <message>
        <source>there is no process {id}</source>
        <translation>es gibt keinen Prozess {id}</translation>
    </message>
    <message>
        <source>a process cannot sit inside itself or its own sub-processes</source>
        <translation>ein Prozess kann nicht in sich selbst oder seinen eigenen Teilprozessen liegen</translation>
    </message>
    <message>
        <source>the process hierarchy has at most {levels} levels</source>
        <translation>die Prozesshierarchie hat höchstens {levels} Ebenen</translation>
    </message>
    <message>
        <source>Make {name} a top-level process</source>
        <translation>{name} zum Prozess der obersten Ebene machen</translation>
    </message>
    <message>
        <source>Make {name} a sub-process of {parent}</source>
        <translation>{name} zum Teilprozess von {parent} machen</translation>
    </message>
    <message>
        <source>only events and call activities can be linked to a process</source>
        <translation>nur Ereignisse und Aufrufaktivitäten können mit einem Prozess verknüpft werden</translation>
    </message>
    <message>
        <source>Unlink {name} from its process</source>
        <translation>Verknüpfung von {name} mit seinem Prozess lösen</translation>
    </message>
    <message>
        <source>Link {name} to {process}</source>
        <translation>{name} mit {process} verknüpfen</translation>
    </message>
    <message>
        <source>Continues in process</source>
        <translation>Geht weiter in Prozess</translation>
    </message>
    <message>
        <source>Continues from process</source>
        <translation>Kommt aus Prozess</translation>
    </message>
    <message>
        <source>Calls process</source>
        <translation>Ruft Prozess auf</translation>
    </message>
    <message>
        <source>No process</source>
        <comment>process link</comment>
        <translation>Kein Prozess</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Prozesslandkarte</translation>
    </message>
    <message>
        <source>You are here: {path}</source>
        <translation>Sie sind hier: {path}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Verantwortlich: {owner}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>{status}, review overdue</source>
        <translation>{status}, Überprüfung überfällig</translation>
    </message>
    <message>
        <source>1 open weak point</source>
        <translation>1 offene Schwachstelle</translation>
    </message>
    <message numerus="yes">
        <source>%n open weak points</source>
        <translation>
            <numerusform>%n offene Schwachstelle</numerusform>
            <numerusform>%n offene Schwachstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-processes: double-click to show them</source>
        <translation>
            <numerusform>%n Teilprozess: Doppelklick zeigt ihn</numerusform>
            <numerusform>%n Teilprozesse: Doppelklick zeigt sie</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open its diagram</source>
        <translation>Doppelklick öffnet sein Diagramm</translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved references</source>
        <translation>
            <numerusform>%n nicht aufgelöster Verweis</numerusform>
            <numerusform>%n nicht aufgelöste Verweise</numerusform>
        </translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>ruft auf</translation>
    </message>
    <message>
        <source>continues in</source>
        <translation>geht weiter in</translation>
    </message>
    <message>
        <source>shared data</source>
        <translation>gemeinsame Daten</translation>
    </message>
    <message>
        <source>Show its sub-processes</source>
        <translation>Seine Teilprozesse zeigen</translation>
    </message>
    <message>
        <source>Show end to end</source>
        <translation>Ende-zu-Ende zeigen</translation>
    </message>
    <message>
        <source>Make it a top-level process</source>
        <translation>Zum Prozess der obersten Ebene machen</translation>
    </message>
    <message>
        <source>Move to band</source>
        <translation>In Band verschieben</translation>
    </message>
    <message>
        <source>Make it a sub-process of</source>
        <translation>Zum Teilprozess machen von</translation>
    </message>
    <message>
        <source>{status} · overdue</source>
        <comment>a process whose review date has passed</comment>
        <translation>{status} · überfällig</translation>
    </message>
    <message>
        <source>call or continuation</source>
        <translation>Aufruf oder Fortsetzung</translation>
    </message>
    <message>
        <source>KPI light</source>
        <translation>KPI-Ampel</translation>
    </message>
    <message>
        <source>⊞ sub-processes</source>
        <translation>⊞ Teilprozesse</translation>
    </message>
    <message>
        <source>! unresolved references</source>
        <translation>! nicht aufgelöste Verweise</translation>
    </message>
    <message>
        <source>{process}: sub-processes</source>
        <translation>{process}: Teilprozesse</translation>
    </message>
    <message>
        <source>End to end</source>
        <translation>Ende zu Ende</translation>
    </message>
    <message>
        <source>Unresolved references</source>
        <translation>Nicht aufgelöste Verweise</translation>
    </message>
    <message>
        <source>Click a process to see what feeds it and what it feeds.</source>
        <translation>Klicken Sie auf einen Prozess, um zu sehen, was ihn speist und was er speist.</translation>
    </message>
    <message numerus="yes">
        <source>Upstream (%n): {names}</source>
        <translation>
            <numerusform>Vorgelagert (%n): {names}</numerusform>
            <numerusform>Vorgelagert (%n): {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downstream (%n): {names}</source>
        <translation>
            <numerusform>Nachgelagert (%n): {names}</numerusform>
            <numerusform>Nachgelagert (%n): {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unresolved references (%n)</source>
        <translation>
            <numerusform>Nicht aufgelöste Verweise (%n)</numerusform>
            <numerusform>Nicht aufgelöste Verweise (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle time (expected)</source>
        <comment>benefit basis</comment>
        <translation>Durchlaufzeit (erwartet)</translation>
    </message>
    <message>
        <source>Work time (expected)</source>
        <comment>benefit basis</comment>
        <translation>Bearbeitungszeit (erwartet)</translation>
    </message>
    <message>
        <source>Cost per case (expected)</source>
        <comment>benefit basis</comment>
        <translation>Kosten je Fall (erwartet)</translation>
    </message>
    <message>
        <source>Cycle time (simulated p50)</source>
        <comment>benefit basis</comment>
        <translation>Durchlaufzeit (simuliert, p50)</translation>
    </message>
    <message>
        <source>Cost per case (simulated p50)</source>
        <comment>benefit basis</comment>
        <translation>Kosten je Fall (simuliert, p50)</translation>
    </message>
    <message>
        <source>the to-be diagram no longer exists</source>
        <translation>das Soll-Diagramm gibt es nicht mehr</translation>
    </message>
    <message>
        <source>the process has no as-is diagram to compare with</source>
        <translation>der Prozess hat kein Ist-Diagramm zum Vergleich</translation>
    </message>
    <message>
        <source>the diagrams lack the figures for this ({basis})</source>
        <translation>den Diagrammen fehlen die Kennzahlen dafür ({basis})</translation>
    </message>
    <message>
        <source>{volume} cases/year</source>
        <translation>{volume} Fälle/Jahr</translation>
    </message>
    <message>
        <source>{rate} {currency}/h</source>
        <translation>{rate} {currency}/h</translation>
    </message>
    <message>
        <source>Possible</source>
        <comment>PICK quadrant</comment>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Implement</source>
        <comment>PICK quadrant</comment>
        <translation>Umsetzen</translation>
    </message>
    <message>
        <source>Challenge</source>
        <comment>PICK quadrant</comment>
        <translation>Herausforderung</translation>
    </message>
    <message>
        <source>Kill</source>
        <comment>PICK quadrant</comment>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Equal scores: higher benefit first, then lower effort, then title.</source>
        <translation>Bei gleicher Bewertung: zuerst höherer Nutzen, dann geringerer Aufwand, dann Titel.</translation>
    </message>
    <message>
        <source>tie broken by benefit</source>
        <translation>Gleichstand nach Nutzen entschieden</translation>
    </message>
    <message>
        <source>tie broken by effort</source>
        <translation>Gleichstand nach Aufwand entschieden</translation>
    </message>
    <message>
        <source>tie broken by title</source>
        <translation>Gleichstand nach Titel entschieden</translation>
    </message>
    <message>
        <source>the weights sum to 0: give at least one criterion a weight</source>
        <translation>die Gewichte ergeben zusammen 0: geben Sie mindestens einem Kriterium ein Gewicht</translation>
    </message>
    <message numerus="yes">
        <source>{characters} and %n more</source>
        <translation>
            <numerusform>{characters} und %n weiteres</numerusform>
            <numerusform>{characters} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>no font for {characters}, shown as {placeholder}</source>
        <translation>keine Schrift für {characters}, dargestellt als {placeholder}</translation>
    </message>
    <message>
        <source>no font for {characters}, shown as {placeholder}: install {packages}</source>
        <translation>keine Schrift für {characters}, dargestellt als {placeholder}: installieren Sie {packages}</translation>
    </message>
    <message>
        <source>no font for {characters}, shown as {placeholder}: install a font that has them, such as {fonts}</source>
        <translation>keine Schrift für {characters}, dargestellt als {placeholder}: installieren Sie eine Schrift, die sie enthält, etwa {fonts}</translation>
    </message>
    <message>
        <source>Effort (person-days)</source>
        <translation>Aufwand (Personentage)</translation>
    </message>
    <message>
        <source>Annual benefit ({currency})</source>
        <translation>Jahresnutzen ({currency})</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Bewertung</translation>
    </message>
    <message>
        <source>bubble area: one-off cost</source>
        <translation>Blasenfläche: Einmalkosten</translation>
    </message>
    <message>
        <source>the workbook has no sheet '{name}'</source>
        <translation>die Arbeitsmappe hat kein Blatt „{name}“</translation>
    </message>
    <message>
        <source>sheet '{sheet}' has no column '{column}'</source>
        <translation>Blatt „{sheet}“ hat keine Spalte „{column}“</translation>
    </message>
    <message>
        <source>sheet '{sheet}', row {row}, column '{column}'</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte „{column}“</translation>
    </message>
    <message>
        <source>{where}: {id} appears twice</source>
        <translation>{where}: {id} kommt zweimal vor</translation>
    </message>
    <message>
        <source>give a .csv or .xlsx file</source>
        <translation>geben Sie eine .csv- oder .xlsx-Datei an</translation>
    </message>
    <message>
        <source>this is not a CSV text file</source>
        <translation>dies ist keine CSV-Textdatei</translation>
    </message>
    <message>
        <source>the CSV file is malformed: {reason}</source>
        <translation>die CSV-Datei ist fehlerhaft: {reason}</translation>
    </message>
    <message>
        <source>this is not an Excel workbook (.xlsx)</source>
        <translation>dies ist keine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>no column is chosen for the {field}</source>
        <translation>für das Feld {field} ist keine Spalte gewählt</translation>
    </message>
    <message>
        <source>the {field} is empty</source>
        <translation>das Feld {field} ist leer</translation>
    </message>
    <message>
        <source>'{value}' is neither yes nor no</source>
        <translation>'{value}' ist weder ja noch nein</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>Zeile {row}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more rows</source>
        <translation>
            <numerusform>und %n weitere Zeile</numerusform>
            <numerusform>und %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds no requirement</source>
        <translation>die Datei enthält keine Anforderung</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>applicability</source>
        <translation>Anwendbarkeit</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>{where}: there is no initiative {id} in this workspace</source>
        <translation>{where}: in diesem Arbeitsbereich gibt es keine Initiative {id}</translation>
    </message>
    <message>
        <source>{where}: the status is empty</source>
        <translation>{where}: der Status ist leer</translation>
    </message>
    <message>
        <source>sheet '{sheet}': column '{column}' is not a criterion of the framework</source>
        <translation>Blatt „{sheet}“: Spalte „{column}“ ist kein Kriterium des Rahmens</translation>
    </message>
    <message>
        <source>{where}: '{value}' is not a score</source>
        <translation>{where}: „{value}“ ist keine Bewertung</translation>
    </message>
    <message>
        <source>initiative '{title}': {reason}</source>
        <translation>Initiative „{title}“: {reason}</translation>
    </message>
    <message>
        <source>status {old} → {new}</source>
        <translation>Status {old} → {new}</translation>
    </message>
    <message>
        <source>rationale of {criterion}</source>
        <translation>Begründung zu {criterion}</translation>
    </message>
    <message>
        <source>Import scores and statuses</source>
        <translation>Bewertungen und Status importieren</translation>
    </message>
    <message>
        <source>Choose one of the statuses in the list.</source>
        <translation>Wählen Sie einen der Status aus der Liste.</translation>
    </message>
    <message>
        <source>{what} must be a date written YYYY-MM-DD, not '{value}'</source>
        <translation>{what} muss ein Datum der Form JJJJ-MM-TT sein, nicht „{value}“</translation>
    </message>
    <message>
        <source>{what} must be a number</source>
        <translation>{what} muss eine Zahl sein</translation>
    </message>
    <message>
        <source>{what} cannot be negative</source>
        <translation>{what} kann nicht negativ sein</translation>
    </message>
    <message>
        <source>the weight of '{name}'</source>
        <translation>das Gewicht von „{name}“</translation>
    </message>
    <message>
        <source>initiative</source>
        <comment>element kind</comment>
        <translation>Initiative</translation>
    </message>
    <message numerus="yes">
        <source>%n initiatives</source>
        <translation>
            <numerusform>%n Initiative</numerusform>
            <numerusform>%n Initiativen</numerusform>
        </translation>
    </message>
    <message>
        <source>the one-off cost</source>
        <translation>die Einmalkosten</translation>
    </message>
    <message>
        <source>the effort</source>
        <translation>der Aufwand</translation>
    </message>
    <message>
        <source>the expected annual benefit</source>
        <translation>der erwartete Jahresnutzen</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>das Beginndatum</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>das Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>the due date lies before the start date</source>
        <translation>das Fälligkeitsdatum liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>the horizon runs from 1 to 50 years</source>
        <translation>der Zeitraum umfasst 1 bis 50 Jahre</translation>
    </message>
    <message>
        <source>the discount rate lies between 0 % and 100 %</source>
        <translation>der Diskontsatz liegt zwischen 0 % und 100 %</translation>
    </message>
    <message>
        <source>a criterion is scored twice</source>
        <translation>ein Kriterium ist zweimal bewertet</translation>
    </message>
    <message>
        <source>link to a weak point</source>
        <comment>element kind</comment>
        <translation>Verknüpfung mit einer Schwachstelle</translation>
    </message>
    <message numerus="yes">
        <source>%n links to weak points</source>
        <translation>
            <numerusform>%n Verknüpfung mit Schwachstellen</numerusform>
            <numerusform>%n Verknüpfungen mit Schwachstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>link to a process</source>
        <comment>element kind</comment>
        <translation>Verknüpfung mit einem Prozess</translation>
    </message>
    <message numerus="yes">
        <source>%n links to processes</source>
        <translation>
            <numerusform>%n Verknüpfung mit Prozessen</numerusform>
            <numerusform>%n Verknüpfungen mit Prozessen</numerusform>
        </translation>
    </message>
    <message>
        <source>benefit calculation</source>
        <comment>element kind</comment>
        <translation>Nutzenberechnung</translation>
    </message>
    <message numerus="yes">
        <source>%n benefit calculations</source>
        <translation>
            <numerusform>%n Nutzenberechnung</numerusform>
            <numerusform>%n Nutzenberechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>the annual case volume</source>
        <translation>die jährliche Fallzahl</translation>
    </message>
    <message>
        <source>the cost rate</source>
        <translation>der Kostensatz</translation>
    </message>
    <message>
        <source>a framework needs at least one criterion</source>
        <translation>ein Rahmen braucht mindestens ein Kriterium</translation>
    </message>
    <message>
        <source>two criteria have the same key</source>
        <translation>zwei Kriterien haben denselben Schlüssel</translation>
    </message>
    <message>
        <source>every criterion needs a name</source>
        <translation>jedes Kriterium braucht einen Namen</translation>
    </message>
    <message>
        <source>two criteria have the same name</source>
        <translation>zwei Kriterien haben denselben Namen</translation>
    </message>
    <message>
        <source>the scoring scale runs from a lower to a higher whole number</source>
        <translation>die Bewertungsskala reicht von einer kleineren zu einer größeren ganzen Zahl</translation>
    </message>
    <message>
        <source>prioritisation framework</source>
        <comment>element kind</comment>
        <translation>Priorisierungsrahmen</translation>
    </message>
    <message numerus="yes">
        <source>%n prioritisation frameworks</source>
        <translation>
            <numerusform>%n Priorisierungsrahmen</numerusform>
            <numerusform>%n Priorisierungsrahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>the baseline date</source>
        <translation>das Beschlussdatum</translation>
    </message>
    <message>
        <source>a framework version is 1 or more</source>
        <translation>eine Rahmenversion ist 1 oder größer</translation>
    </message>
    <message>
        <source>framework baseline</source>
        <comment>element kind</comment>
        <translation>beschlossene Rahmenversion</translation>
    </message>
    <message numerus="yes">
        <source>%n framework baselines</source>
        <translation>
            <numerusform>%n beschlossene Rahmenversion</numerusform>
            <numerusform>%n beschlossene Rahmenversionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment with strategy</source>
        <comment>criterion</comment>
        <translation>Strategische Ausrichtung</translation>
    </message>
    <message>
        <source>Financial benefit</source>
        <comment>criterion</comment>
        <translation>Finanzieller Nutzen</translation>
    </message>
    <message>
        <source>Risk mitigation</source>
        <comment>criterion</comment>
        <translation>Risikominderung</translation>
    </message>
    <message>
        <source>Regulatory compliance</source>
        <comment>criterion</comment>
        <translation>Regulatorische Konformität</translation>
    </message>
    <message>
        <source>Operational efficiency</source>
        <comment>criterion</comment>
        <translation>Betriebliche Effizienz</translation>
    </message>
    <message>
        <source>a score is a whole number, not '{value}'</source>
        <translation>eine Bewertung ist eine ganze Zahl, nicht „{value}“</translation>
    </message>
    <message>
        <source>a score runs from {low} to {high}, not {value}</source>
        <translation>eine Bewertung reicht von {low} bis {high}, nicht {value}</translation>
    </message>
    <message>
        <source>Add initiative {name}</source>
        <translation>Initiative {name} hinzufügen</translation>
    </message>
    <message>
        <source>an initiative needs a title</source>
        <translation>eine Initiative braucht einen Titel</translation>
    </message>
    <message>
        <source>an initiative has no field {field}</source>
        <translation>eine Initiative hat kein Feld {field}</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>Create initiative {name}</source>
        <translation>Initiative {name} anlegen</translation>
    </message>
    <message>
        <source>Edit initiative {name}</source>
        <translation>Initiative {name} bearbeiten</translation>
    </message>
    <message>
        <source>Set {name} to {status}</source>
        <translation>{name} auf {status} setzen</translation>
    </message>
    <message>
        <source>'{status}' is not a status of an initiative</source>
        <translation>„{status}“ ist kein Status einer Initiative</translation>
    </message>
    <message>
        <source>an initiative cannot go from {old} to {new}</source>
        <translation>eine Initiative kann nicht von {old} zu {new} wechseln</translation>
    </message>
    <message>
        <source>Score {name} on {criterion}</source>
        <translation>{name} nach {criterion} bewerten</translation>
    </message>
    <message>
        <source>the framework has no criterion '{key}'</source>
        <translation>der Rahmen hat kein Kriterium „{key}“</translation>
    </message>
    <message>
        <source>Delete initiative {name}</source>
        <translation>Initiative {name} löschen</translation>
    </message>
    <message>
        <source>Add weak point to {name}</source>
        <translation>Schwachstelle zu {name} hinzufügen</translation>
    </message>
    <message>
        <source>Remove weak point from {name}</source>
        <translation>Schwachstelle aus {name} entfernen</translation>
    </message>
    <message>
        <source>Add process to {name}</source>
        <translation>Prozess zu {name} hinzufügen</translation>
    </message>
    <message>
        <source>Remove process from {name}</source>
        <translation>Prozess aus {name} entfernen</translation>
    </message>
    <message>
        <source>Benefit calculation of {name}</source>
        <translation>Nutzenberechnung von {name}</translation>
    </message>
    <message>
        <source>there is no diagram {id}</source>
        <translation>es gibt kein Diagramm {id}</translation>
    </message>
    <message>
        <source>Edit the prioritisation framework</source>
        <translation>Priorisierungsrahmen bearbeiten</translation>
    </message>
    <message>
        <source>scores of {titles} lie outside {low} to {high}: change them first</source>
        <translation>Bewertungen von {titles} liegen außerhalb von {low} bis {high}: ändern Sie sie zuerst</translation>
    </message>
    <message>
        <source>version {version} was already agreed on {date}</source>
        <translation>Version {version} wurde bereits am {date} beschlossen</translation>
    </message>
    <message>
        <source>Baseline the framework (version {version})</source>
        <translation>Rahmen beschließen (Version {version})</translation>
    </message>
    <message>
        <source>there is no initiative {id}</source>
        <translation>es gibt keine Initiative {id}</translation>
    </message>
    <message>
        <source>there is no weak point {id} (was it deleted?)</source>
        <translation>es gibt keine Schwachstelle {id} (wurde sie gelöscht?)</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>initiative status</comment>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Assessed</source>
        <comment>initiative status</comment>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>initiative status</comment>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>initiative status</comment>
        <translation>In Umsetzung</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>initiative status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>initiative status</comment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>initiative status</comment>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>The file is written, but some characters have no font on this computer.</source>
        <translation>Die Datei ist geschrieben, aber für einige Zeichen gibt es auf diesem Computer keine Schrift.</translation>
    </message>
    <message>
        <source>Add to initiative</source>
        <translation>Zu Initiative hinzufügen</translation>
    </message>
    <message>
        <source>There is no other initiative to add this weak point to.</source>
        <translation>Es gibt keine weitere Initiative, der diese Schwachstelle hinzugefügt werden kann.</translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation>Initiative:</translation>
    </message>
    <message>
        <source>Weak point</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Weak point: {text}</source>
        <translation>Schwachstelle: {text}</translation>
    </message>
    <message>
        <source>Create initiative from this</source>
        <translation>Initiative daraus anlegen</translation>
    </message>
    <message>
        <source>Add to initiative…</source>
        <translation>Zu Initiative hinzufügen…</translation>
    </message>
    <message>
        <source>No initiative addresses this weak point yet.</source>
        <translation>Noch keine Initiative behandelt diese Schwachstelle.</translation>
    </message>
    <message>
        <source>Rank under the current framework or an agreed version</source>
        <translation>Nach dem aktuellen Rahmen oder einer beschlossenen Version reihen</translation>
    </message>
    <message>
        <source>New initiative…</source>
        <translation>Neue Initiative…</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation>Initiative löschen</translation>
    </message>
    <message>
        <source>Business case</source>
        <translation>Business Case</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Rank under</source>
        <translation>Reihen nach</translation>
    </message>
    <message numerus="yes">
        <source>%n ranked</source>
        <translation>
            <numerusform>%n mit Rang</numerusform>
            <numerusform>%n mit Rang</numerusform>
        </translation>
    </message>
    <message>
        <source>current framework (version {version})</source>
        <translation>aktueller Rahmen (Version {version})</translation>
    </message>
    <message>
        <source>version {version}, agreed on {date}</source>
        <translation>Version {version}, beschlossen am {date}</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Neue Initiative</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Delete '{title}'? Its weak points and processes stay; Undo brings it back.</source>
        <translation>„{title}“ löschen? Ihre Schwachstellen und Prozesse bleiben; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Choose an initiative in the register to see its business case.</source>
        <translation>Wählen Sie eine Initiative im Register, um ihren Business Case zu sehen.</translation>
    </message>
    <message>
        <source>Processes the initiative changes</source>
        <translation>Prozesse, die die Initiative verändert</translation>
    </message>
    <message>
        <source>Remove weak point from initiative</source>
        <translation>Schwachstelle aus der Initiative entfernen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Start and due date</source>
        <translation>Beginn und Fälligkeit</translation>
    </message>
    <message>
        <source>NPV horizon (years)</source>
        <translation>Kapitalwert-Zeitraum (Jahre)</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Diskontsatz</translation>
    </message>
    <message>
        <source>Realised by to-be</source>
        <translation>Umgesetzt durch Soll</translation>
    </message>
    <message>
        <source>Saving per case from</source>
        <translation>Einsparung je Fall aus</translation>
    </message>
    <message>
        <source>Cases per year</source>
        <translation>Fälle pro Jahr</translation>
    </message>
    <message>
        <source>Cost rate per hour</source>
        <translation>Kostensatz pro Stunde</translation>
    </message>
    <message>
        <source>Benefit computed from the as-is/to-be comparison</source>
        <translation>Nutzen aus dem Ist/Soll-Vergleich berechnet</translation>
    </message>
    <message>
        <source>Processes and weak points</source>
        <translation>Prozesse und Schwachstellen</translation>
    </message>
    <message>
        <source>Processes it changes (tick to link):</source>
        <translation>Prozesse, die sie verändert (zum Verknüpfen abhaken):</translation>
    </message>
    <message>
        <source>Root causes (fishbone) of the weak points:</source>
        <translation>Ursachen (Fischgräte) der Schwachstellen:</translation>
    </message>
    <message>
        <source>Benefit used: {benefit} {currency} a year · payback {payback} · NPV {npv} {currency} · weighted score {score}</source>
        <translation>Verwendeter Nutzen: {benefit} {currency} im Jahr · Amortisation {payback} · Kapitalwert {npv} {currency} · gewichtete Bewertung {score}</translation>
    </message>
    <message>
        <source>None (enter the benefit)</source>
        <translation>Keines (Nutzen eingeben)</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>Kriterien und Gewichte</translation>
    </message>
    <message>
        <source>Normalised weight</source>
        <translation>Normiertes Gewicht</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <source>Baseline…</source>
        <translation>Beschließen…</translation>
    </message>
    <message>
        <source>Record this version as agreed by management today; later changes of weight become the next version</source>
        <translation>Diese Version als heute von der Geschäftsleitung beschlossen festhalten; spätere Gewichtsänderungen werden zur nächsten Version</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>Erste </translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>How far each weight can move (percentage points, the others scaled in proportion) before the top of the ranking changes:</source>
        <translation>Wie weit sich jedes Gewicht verschieben kann (Prozentpunkte, die übrigen anteilig angepasst), bevor sich die Spitze der Rangfolge ändert:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;, version {version}: {agreed}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, Version {version}: {agreed}</translation>
    </message>
    <message>
        <source>'{text}' is not a weight</source>
        <translation>„{text}“ ist kein Gewicht</translation>
    </message>
    <message>
        <source>Name of the criterion:</source>
        <translation>Name des Kriteriums:</translation>
    </message>
    <message>
        <source>Baseline the framework</source>
        <translation>Rahmen beschließen</translation>
    </message>
    <message>
        <source>Agreed by (e.g. the management board):</source>
        <translation>Beschlossen von (z. B. der Geschäftsleitung):</translation>
    </message>
    <message>
        <source>Benefit against effort</source>
        <translation>Nutzen gegen Aufwand</translation>
    </message>
    <message>
        <source>Weighted score against effort</source>
        <translation>Gewichtete Bewertung gegen Aufwand</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Lines at effort {effort}, payoff {payoff}</source>
        <translation>Linien bei Aufwand {effort}, Nutzen {payoff}</translation>
    </message>
    <message>
        <source>Rank</source>
        <comment>register column</comment>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>register column</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>register column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>register column</comment>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Score</source>
        <comment>register column</comment>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Cost</source>
        <comment>register column</comment>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Effort (days)</source>
        <comment>register column</comment>
        <translation>Aufwand (Tage)</translation>
    </message>
    <message>
        <source>Benefit / year</source>
        <comment>register column</comment>
        <translation>Nutzen / Jahr</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <comment>register column</comment>
        <translation>Amortisation (Monate)</translation>
    </message>
    <message>
        <source>NPV</source>
        <comment>register column</comment>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>Tie-break</source>
        <comment>register column</comment>
        <translation>Gleichstand</translation>
    </message>
    <message>
        <source>Processes</source>
        <comment>register column</comment>
        <translation>Prozesse</translation>
    </message>
    <message numerus="yes">
        <source>%n of the criteria scored</source>
        <translation>
            <numerusform>%n Kriterium bewertet</numerusform>
            <numerusform>%n Kriterien bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>score</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>Nach Text filtern…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Any process</source>
        <translation>Jeder Prozess</translation>
    </message>
    <message>
        <source>Import Portfolio &amp;Workbook…</source>
        <translation>Portfolio-&amp;Arbeitsmappe importieren…</translation>
    </message>
    <message>
        <source>Read back the scores and statuses edited in a portfolio workbook</source>
        <translation>Die in einer Portfolio-Arbeitsmappe bearbeiteten Bewertungen und Status zurücklesen</translation>
    </message>
    <message>
        <source>&amp;Portfolio as PDF…</source>
        <translation>&amp;Portfolio als PDF…</translation>
    </message>
    <message>
        <source>Portfolio as E&amp;xcel Workbook…</source>
        <translation>Portfolio als E&amp;xcel-Arbeitsmappe…</translation>
    </message>
    <message>
        <source>Export portfolio</source>
        <translation>Portfolio exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>Import portfolio workbook</source>
        <translation>Portfolio-Arbeitsmappe importieren</translation>
    </message>
    <message>
        <source>{name} was not imported; nothing changed: {reason}</source>
        <translation>{name} wurde nicht importiert; nichts wurde geändert: {reason}</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>confirmed cause</source>
        <translation>bestätigte Ursache</translation>
    </message>
    <message>
        <source>cause not yet confirmed</source>
        <translation>noch nicht bestätigte Ursache</translation>
    </message>
    <message>
        <source>the weak point has no fishbone</source>
        <translation>die Schwachstelle hat kein Fischgrätendiagramm</translation>
    </message>
    <message>
        <source>Root-cause analysis</source>
        <translation>Ursachenanalyse</translation>
    </message>
    <message>
        <source>{number}. {why} — &lt;i&gt;Because:&lt;/i&gt; {because}</source>
        <translation>{number}. {why} — &lt;i&gt;Weil:&lt;/i&gt; {because}</translation>
    </message>
    <message>
        <source>why</source>
        <comment>element kind</comment>
        <translation>Warum-Frage</translation>
    </message>
    <message numerus="yes">
        <source>%n whys</source>
        <translation>
            <numerusform>%n Warum-Frage</numerusform>
            <numerusform>%n Warum-Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>cause category</source>
        <comment>element kind</comment>
        <translation>Ursachenkategorie</translation>
    </message>
    <message numerus="yes">
        <source>%n cause categories</source>
        <translation>
            <numerusform>%n Ursachenkategorie</numerusform>
            <numerusform>%n Ursachenkategorien</numerusform>
        </translation>
    </message>
    <message>
        <source>a cause category needs a name</source>
        <translation>eine Ursachenkategorie braucht einen Namen</translation>
    </message>
    <message>
        <source>cause</source>
        <comment>element kind</comment>
        <translation>Ursache</translation>
    </message>
    <message numerus="yes">
        <source>%n causes</source>
        <translation>
            <numerusform>%n Ursache</numerusform>
            <numerusform>%n Ursachen</numerusform>
        </translation>
    </message>
    <message>
        <source>a cause needs a text</source>
        <translation>eine Ursache braucht einen Text</translation>
    </message>
    <message>
        <source>a cause cannot be a sub-cause of itself</source>
        <translation>eine Ursache kann nicht ihre eigene Unterursache sein</translation>
    </message>
    <message>
        <source>Method</source>
        <comment>fishbone category</comment>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Machine</source>
        <comment>fishbone category</comment>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Material</source>
        <comment>fishbone category</comment>
        <translation>Material</translation>
    </message>
    <message>
        <source>Manpower</source>
        <comment>fishbone category</comment>
        <translation>Mensch</translation>
    </message>
    <message>
        <source>Measurement</source>
        <comment>fishbone category</comment>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Environment</source>
        <comment>fishbone category</comment>
        <translation>Mitwelt</translation>
    </message>
    <message>
        <source>Add why</source>
        <translation>Warum-Frage hinzufügen</translation>
    </message>
    <message>
        <source>Edit why</source>
        <translation>Warum-Frage bearbeiten</translation>
    </message>
    <message>
        <source>Move why</source>
        <translation>Warum-Frage verschieben</translation>
    </message>
    <message>
        <source>Delete why</source>
        <translation>Warum-Frage löschen</translation>
    </message>
    <message>
        <source>this weak point already has a fishbone</source>
        <translation>diese Schwachstelle hat schon ein Fischgrätendiagramm</translation>
    </message>
    <message>
        <source>'{key}' is not one of the 6M categories</source>
        <translation>„{key}“ ist keine der 6M-Kategorien</translation>
    </message>
    <message>
        <source>Start fishbone</source>
        <translation>Fischgrätendiagramm beginnen</translation>
    </message>
    <message>
        <source>Add cause category {name}</source>
        <translation>Ursachenkategorie {name} hinzufügen</translation>
    </message>
    <message>
        <source>Rename cause category {name}</source>
        <translation>Ursachenkategorie {name} umbenennen</translation>
    </message>
    <message>
        <source>Move cause category {name}</source>
        <translation>Ursachenkategorie {name} verschieben</translation>
    </message>
    <message>
        <source>Delete cause category {name}</source>
        <translation>Ursachenkategorie {name} löschen</translation>
    </message>
    <message>
        <source>a sub-cause stays in the category of its cause</source>
        <translation>eine Unterursache bleibt in der Kategorie ihrer Ursache</translation>
    </message>
    <message>
        <source>Add cause {name}</source>
        <translation>Ursache {name} hinzufügen</translation>
    </message>
    <message>
        <source>Rename cause {name}</source>
        <translation>Ursache {name} umbenennen</translation>
    </message>
    <message>
        <source>Confirm cause {name}</source>
        <translation>Ursache {name} bestätigen</translation>
    </message>
    <message>
        <source>Unconfirm cause {name}</source>
        <translation>Bestätigung der Ursache {name} zurücknehmen</translation>
    </message>
    <message>
        <source>a cause cannot move to the fishbone of another weak point</source>
        <translation>eine Ursache kann nicht in das Fischgrätendiagramm einer anderen Schwachstelle wechseln</translation>
    </message>
    <message>
        <source>Move cause {name}</source>
        <translation>Ursache {name} verschieben</translation>
    </message>
    <message>
        <source>Delete cause {name}</source>
        <translation>Ursache {name} löschen</translation>
    </message>
    <message>
        <source>'{cause}' cannot go under '{parent}': '{parent}' is one of its own sub-causes, so the chain of causes would lead back to '{cause}'</source>
        <translation>„{cause}“ kann nicht unter „{parent}“: „{parent}“ ist eine ihrer eigenen Unterursachen, die Kette der Ursachen führte also zu „{cause}“ zurück</translation>
    </message>
    <message>
        <source>there is no why {id} (was it deleted?)</source>
        <translation>es gibt keine Warum-Frage {id} (wurde sie gelöscht?)</translation>
    </message>
    <message>
        <source>there is no cause category {id} (was it deleted?)</source>
        <translation>es gibt keine Ursachenkategorie {id} (wurde sie gelöscht?)</translation>
    </message>
    <message>
        <source>there is no cause {id} (was it deleted?)</source>
        <translation>es gibt keine Ursache {id} (wurde sie gelöscht?)</translation>
    </message>
    <message>
        <source>New cause</source>
        <translation>Neue Ursache</translation>
    </message>
    <message>
        <source>Fishbone diagram</source>
        <translation>Fischgrätendiagramm</translation>
    </message>
    <message>
        <source>No fishbone yet.</source>
        <translation>Noch kein Fischgrätendiagramm.</translation>
    </message>
    <message>
        <source>category '{name}'</source>
        <translation>Kategorie „{name}“</translation>
    </message>
    <message>
        <source>cause '{name}', confirmed</source>
        <translation>Ursache „{name}“, bestätigt</translation>
    </message>
    <message>
        <source>cause '{name}'</source>
        <translation>Ursache „{name}“</translation>
    </message>
    <message>
        <source>give a .png, .svg or .pdf file name</source>
        <translation>geben Sie einen Dateinamen mit .png, .svg oder .pdf an</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>Weil…</translation>
    </message>
    <message>
        <source>&amp;Add why</source>
        <translation>Warum-Frage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete why</source>
        <translation>Warum-Frage &amp;löschen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Ask why until the answer is something you can change: each question starts from the answer before it. The last answer becomes the weak point's root cause.</source>
        <translation>Fragen Sie warum, bis die Antwort etwas ist, das Sie ändern können: Jede Frage geht von der Antwort davor aus. Die letzte Antwort wird die Grundursache der Schwachstelle.</translation>
    </message>
    <message>
        <source>Root cause (the last answer): {cause}</source>
        <translation>Grundursache (die letzte Antwort): {cause}</translation>
    </message>
    <message>
        <source>Root cause (as written on the weak point): {cause}</source>
        <translation>Grundursache (wie bei der Schwachstelle notiert): {cause}</translation>
    </message>
    <message>
        <source>No root cause yet: answer the whys.</source>
        <translation>Noch keine Grundursache: Beantworten Sie die Warum-Fragen.</translation>
    </message>
    <message>
        <source>This workspace is read-only: the file is write-protected. Save As… to edit a copy.</source>
        <translation>Dieser Arbeitsbereich kann nur gelesen werden: Die Datei ist schreibgeschützt. Mit „Speichern unter…“ bearbeiten Sie eine Kopie.</translation>
    </message>
    <message>
        <source>This workspace is read-only: its folder is write-protected. Save As… to edit a copy.</source>
        <translation>Dieser Arbeitsbereich kann nur gelesen werden: Sein Ordner ist schreibgeschützt. Mit „Speichern unter…“ bearbeiten Sie eine Kopie.</translation>
    </message>
    <message>
        <source>This workspace is read-only: it is on a read-only disk. Save As… to edit a copy.</source>
        <translation>Dieser Arbeitsbereich kann nur gelesen werden: Er liegt auf einem schreibgeschützten Datenträger. Mit „Speichern unter…“ bearbeiten Sie eine Kopie.</translation>
    </message>
    <message>
        <source>This workspace is read-only: another procdesk window is editing it. Close it there to edit it here, or Save As… to edit a copy.</source>
        <translation>Dieser Arbeitsbereich kann nur gelesen werden: Ein anderes procdesk-Fenster bearbeitet ihn. Schließen Sie ihn dort, um ihn hier zu bearbeiten, oder bearbeiten Sie mit „Speichern unter…“ eine Kopie.</translation>
    </message>
    <message>
        <source>This workspace was opened read-only. Save As… to edit a copy.</source>
        <translation>Dieser Arbeitsbereich wurde schreibgeschützt geöffnet. Mit „Speichern unter…“ bearbeiten Sie eine Kopie.</translation>
    </message>
    <message>
        <source>This workspace was checked out of its repository read-only: Update brings in what others check in; exports work. Save As… to edit a copy of your own, not linked to the repository.</source>
        <translation>Dieser Arbeitsbereich wurde schreibgeschützt aus seinem Repository ausgecheckt: Aktualisieren holt, was andere einchecken; Exporte funktionieren. Mit „Speichern unter…“ bearbeiten Sie eine eigene Kopie, die nicht mit dem Repository verbunden ist.</translation>
    </message>
    <message>
        <source>Its review date, {date}, has passed.</source>
        <translation>Sein Prüftermin, der {date}, ist verstrichen.</translation>
    </message>
    <message numerus="yes">
        <source>Version {version} was approved on {date}, more than %n months ago.</source>
        <translation>
            <numerusform>Version {version} wurde am {date} freigegeben, vor mehr als %n Monat.</numerusform>
            <numerusform>Version {version} wurde am {date} freigegeben, vor mehr als %n Monaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <comment>process field</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>purpose</source>
        <comment>process field</comment>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>scope</source>
        <comment>process field</comment>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>definitions</source>
        <comment>process field</comment>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>process owner</source>
        <comment>process field</comment>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>document number</source>
        <comment>process field</comment>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>effective from</source>
        <comment>process field</comment>
        <translation>gültig ab</translation>
    </message>
    <message>
        <source>next review</source>
        <comment>process field</comment>
        <translation>nächste Prüfung</translation>
    </message>
    <message>
        <source>review interval (months)</source>
        <comment>process field</comment>
        <translation>Prüfintervall (Monate)</translation>
    </message>
    <message>
        <source>documentation</source>
        <comment>process field</comment>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>the process has no version {version} (versions: {known})</source>
        <translation>der Prozess hat keine Version {version} (Versionen: {known})</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>name</source>
        <comment>KPI field</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>unit</source>
        <comment>KPI field</comment>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>target</source>
        <comment>KPI field</comment>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>direction</source>
        <comment>KPI field</comment>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>frequency</source>
        <comment>KPI field</comment>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>step</source>
        <comment>KPI field</comment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <comment>watermark</comment>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>SUPERSEDED</source>
        <comment>watermark</comment>
        <translation>ERSETZT</translation>
    </message>
    <message>
        <source>RETIRED</source>
        <comment>watermark</comment>
        <translation>AUSSER KRAFT</translation>
    </message>
    <message>
        <source>draft after {version}</source>
        <translation>Entwurf nach {version}</translation>
    </message>
    <message>
        <source>Major when a step was added or removed, or a flow was added, removed or rewired; minor for every other change (texts, attributes, layout, weak points, KPIs).</source>
        <translation>Hauptversion, wenn ein Schritt hinzukam oder wegfiel oder ein Fluss hinzukam, wegfiel oder anders verbunden wurde; Nebenversion bei jeder anderen Änderung (Texte, Angaben, Anordnung, Schwachstellen, Kennzahlen).</translation>
    </message>
    <message numerus="yes">
        <source>%n steps added</source>
        <translation>
            <numerusform>%n Schritt hinzugefügt</numerusform>
            <numerusform>%n Schritte hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps removed</source>
        <translation>
            <numerusform>%n Schritt entfernt</numerusform>
            <numerusform>%n Schritte entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows added</source>
        <translation>
            <numerusform>%n Fluss hinzugefügt</numerusform>
            <numerusform>%n Flüsse hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows removed</source>
        <translation>
            <numerusform>%n Fluss entfernt</numerusform>
            <numerusform>%n Flüsse entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows rewired</source>
        <translation>
            <numerusform>%n Fluss anders verbunden</numerusform>
            <numerusform>%n Flüsse anders verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI values recorded or corrected</source>
        <translation>
            <numerusform>%n Kennzahlwert erfasst oder berichtigt</numerusform>
            <numerusform>%n Kennzahlwerte erfasst oder berichtigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other changes</source>
        <translation>
            <numerusform>%n andere Änderung</numerusform>
            <numerusform>%n andere Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>{version} is not a version number: write it as N.M, e.g. 1.2</source>
        <translation>{version} ist keine Versionsnummer: schreiben Sie N.M, z. B. 1.2</translation>
    </message>
    <message>
        <source>version {version} already exists</source>
        <translation>Version {version} gibt es schon</translation>
    </message>
    <message>
        <source>version {version} is lower than the latest release, {latest}</source>
        <translation>Version {version} ist niedriger als die letzte veröffentlichte Version, {latest}</translation>
    </message>
    <message>
        <source>Release version {version} of {process}</source>
        <translation>Version {version} von {process} veröffentlichen</translation>
    </message>
    <message>
        <source>a later version, {version}, is already approved</source>
        <translation>eine spätere Version, {version}, ist schon freigegeben</translation>
    </message>
    <message>
        <source>there is no release {id}</source>
        <translation>es gibt keine veröffentlichte Version {id}</translation>
    </message>
    <message>
        <source>version {version} is {status}: it cannot become {wanted}</source>
        <translation>Version {version} ist {status}: sie kann nicht {wanted} werden</translation>
    </message>
    <message>
        <source>an approval needs the approver's name</source>
        <translation>eine Freigabe braucht den Namen der freigebenden Person</translation>
    </message>
    <message>
        <source>Mark version {version} {status}</source>
        <translation>Version {version} als {status} kennzeichnen</translation>
    </message>
    <message>
        <source>{id} is used elsewhere in the workspace now</source>
        <translation>{id} wird jetzt anderswo im Arbeitsbereich verwendet</translation>
    </message>
    <message>
        <source>New draft from version {version}</source>
        <translation>Neuer Entwurf aus Version {version}</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>release status</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>in review</source>
        <comment>release status</comment>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>release status</comment>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>release status</comment>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>release status</comment>
        <translation>außer Kraft</translation>
    </message>
    <message numerus="yes">
        <source>%n releases</source>
        <translation>
            <numerusform>%n veröffentlichte Version</numerusform>
            <numerusform>%n veröffentlichte Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-offs</source>
        <translation>
            <numerusform>%n Abzeichnung</numerusform>
            <numerusform>%n Abzeichnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>release</source>
        <comment>element kind</comment>
        <translation>veröffentlichte Version</translation>
    </message>
    <message>
        <source>sign-off</source>
        <comment>element kind</comment>
        <translation>Abzeichnung</translation>
    </message>
    <message>
        <source>the snapshot is damaged and cannot be read</source>
        <translation>der Stand ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the snapshot was altered: its digest does not match</source>
        <translation>der Stand wurde verändert: seine Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>the snapshot was written by a newer procdesk</source>
        <translation>der Stand wurde von einem neueren procdesk geschrieben</translation>
    </message>
    <message>
        <source>the snapshot holds no process</source>
        <translation>der Stand enthält keinen Prozess</translation>
    </message>
    <message>
        <source>Diagram of the version</source>
        <translation>Diagramm der Version</translation>
    </message>
    <message>
        <source>Compare with draft</source>
        <translation>Mit Entwurf vergleichen</translation>
    </message>
    <message>
        <source>Back to the draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Release {process}</source>
        <translation>{process} veröffentlichen</translation>
    </message>
    <message>
        <source>Major: {version}</source>
        <translation>Hauptversion: {version}</translation>
    </message>
    <message>
        <source>Minor: {version}</source>
        <translation>Nebenversion: {version}</translation>
    </message>
    <message>
        <source>Version number</source>
        <translation>Versionsnummer</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>What changed, for the revision table</source>
        <translation>Was sich geändert hat, für die Änderungshistorie</translation>
    </message>
    <message>
        <source>Leave empty to release a draft for review</source>
        <translation>Leer lassen, um einen Entwurf zur Prüfung zu veröffentlichen</translation>
    </message>
    <message>
        <source>Release it despite these errors</source>
        <translation>Trotz dieser Fehler veröffentlichen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>the first release of this process</source>
        <translation>die erste Veröffentlichung dieses Prozesses</translation>
    </message>
    <message>
        <source>Since {version}: {change}.</source>
        <translation>Seit {version}: {change}.</translation>
    </message>
    <message>
        <source>This is the first release.</source>
        <translation>Dies ist die erste Veröffentlichung.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>{diagram}: {message}</source>
        <translation>{diagram}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>The diagrams have %n errors:</source>
        <translation>
            <numerusform>Die Diagramme haben %n Fehler:</numerusform>
            <numerusform>Die Diagramme haben %n Fehler:</numerusform>
        </translation>
    </message>
    <message>
        <source>Say in a few words what changed.</source>
        <translation>Sagen Sie in wenigen Worten, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Approve version {version}</source>
        <translation>Version {version} freigeben</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>added</source>
        <comment>revision overlay</comment>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>revision overlay</comment>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>revision overlay</comment>
        <translation>geändert</translation>
    </message>
    <message>
        <source>moved</source>
        <comment>revision overlay</comment>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>Released versions</source>
        <translation>Veröffentlichte Versionen</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>Veröffentlicht von</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung geben</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Außer Kraft setzen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>New draft from version</source>
        <translation>Neuer Entwurf aus Version</translation>
    </message>
    <message>
        <source>Choose a diagram to see its process's versions.</source>
        <translation>Wählen Sie ein Diagramm, um die Versionen seines Prozesses zu sehen.</translation>
    </message>
    <message>
        <source>Review overdue: {reason}</source>
        <translation>Prüfung überfällig: {reason}</translation>
    </message>
    <message>
        <source>{process}: no released version yet; the draft is all there is.</source>
        <translation>{process}: noch keine veröffentlichte Version; es gibt nur den Entwurf.</translation>
    </message>
    <message>
        <source>{process}: version {version} is in force; you edit the draft.</source>
        <translation>{process}: Version {version} ist in Kraft; Sie bearbeiten den Entwurf.</translation>
    </message>
    <message>
        <source>{process}: no version is in force yet; you edit the draft.</source>
        <translation>{process}: noch keine Version ist in Kraft; Sie bearbeiten den Entwurf.</translation>
    </message>
    <message>
        <source>Version {version} released</source>
        <translation>Version {version} veröffentlicht</translation>
    </message>
    <message>
        <source>Version {version} submitted for review</source>
        <translation>Version {version} zur Prüfung gegeben</translation>
    </message>
    <message>
        <source>Version {version} approved</source>
        <translation>Version {version} freigegeben</translation>
    </message>
    <message>
        <source>Version {version} retired</source>
        <translation>Version {version} außer Kraft gesetzt</translation>
    </message>
    <message>
        <source>The draft is version {version} again (Ctrl+Z undoes this)</source>
        <translation>Der Entwurf ist wieder Version {version} (Strg+Z macht das rückgängig)</translation>
    </message>
    <message>
        <source>Draft (working copy)</source>
        <translation>Entwurf (Arbeitsstand)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Compare from</source>
        <translation>Vergleichen von</translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>The revision drawn on the later diagram</source>
        <translation>Die Änderungen, eingezeichnet im späteren Diagramm</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Änderungen zwischen den Versionen</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>No maturity assessment is recorded yet.</source>
        <translation>Es ist noch keine Reifegradbewertung erfasst.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{model}{version}: latest assessment on {date} by {assessor}.</source>
        <translation>{model}{version}: letzte Bewertung am {date} durch {assessor}.</translation>
    </message>
    <message>
        <source>History of assessments</source>
        <translation>Verlauf der Bewertungen</translation>
    </message>
    <message>
        <source>Changes of level</source>
        <translation>Änderungen der Stufe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>moved (trace from the old place)</source>
        <translation>verschoben (Linie vom alten Platz)</translation>
    </message>
    <message>
        <source>Version {version} cannot be read: {reason}</source>
        <translation>Version {version} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Version {version} ({status}) is read-only; use “New draft from version” to work on it</source>
        <translation>Version {version} ({status}) ist schreibgeschützt; mit „Neuer Entwurf aus Version“ können Sie daran weiterarbeiten</translation>
    </message>
    <message>
        <source>Version {version} ({status}) — read-only</source>
        <translation>Version {version} ({status}) — schreibgeschützt</translation>
    </message>
    <message>
        <source>changed here and in the repository</source>
        <translation>hier und im Repository geändert</translation>
    </message>
    <message>
        <source>added here and in the repository, differently</source>
        <translation>hier und im Repository unterschiedlich hinzugefügt</translation>
    </message>
    <message>
        <source>deleted in the repository, changed here</source>
        <translation>im Repository gelöscht, hier geändert</translation>
    </message>
    <message>
        <source>deleted in the repository, still used here</source>
        <translation>im Repository gelöscht, hier noch verwendet</translation>
    </message>
    <message>
        <source>deleted here, changed in the repository</source>
        <translation>hier gelöscht, im Repository geändert</translation>
    </message>
    <message>
        <source>deleted here, still used in the repository</source>
        <translation>hier gelöscht, im Repository noch verwendet</translation>
    </message>
    <message>
        <source>{element}: {what}</source>
        <translation>{element}: {what}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>the element</source>
        <translation>das Element</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weiterer</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>used by {names}</source>
        <translation>verwendet von {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n processes are overdue for review: {names}</source>
        <translation>
            <numerusform>%n Prozess ist zur Prüfung überfällig: {names}</numerusform>
            <numerusform>%n Prozesse sind zur Prüfung überfällig: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody is accountable for {step}</source>
        <translation>niemand ist für {step} rechenschaftspflichtig</translation>
    </message>
    <message>
        <source>mark one role A in the RACI matrix: the one who answers for the result</source>
        <translation>markieren Sie eine Rolle in der RACI-Matrix mit A: die, die für das Ergebnis einsteht</translation>
    </message>
    <message numerus="yes">
        <source>{step} has %n accountable roles: {roles}</source>
        <translation>
            <numerusform>{step} hat %n rechenschaftspflichtige Rolle: {roles}</numerusform>
            <numerusform>{step} hat %n rechenschaftspflichtige Rollen: {roles}</numerusform>
        </translation>
    </message>
    <message>
        <source>keep one A; make the others R, C or I</source>
        <translation>behalten Sie ein A; machen Sie die anderen zu R, C oder I</translation>
    </message>
    <message>
        <source>nobody is responsible for carrying out {step}</source>
        <translation>niemand ist für die Durchführung von {step} verantwortlich</translation>
    </message>
    <message>
        <source>mark at least one role R in the RACI matrix: the one who does the work</source>
        <translation>markieren Sie mindestens eine Rolle in der RACI-Matrix mit R: die, die die Arbeit macht</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a field in the change history</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>title</source>
        <comment>a field in the change history</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>documentation</source>
        <comment>a field in the change history</comment>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>work instruction</source>
        <comment>a field in the change history</comment>
        <translation>Arbeitsanweisung</translation>
    </message>
    <message>
        <source>responsible role</source>
        <comment>a field in the change history</comment>
        <translation>verantwortliche Rolle</translation>
    </message>
    <message>
        <source>inputs</source>
        <comment>a field in the change history</comment>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>outputs</source>
        <comment>a field in the change history</comment>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>systems</source>
        <comment>a field in the change history</comment>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>duration</source>
        <comment>a field in the change history</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>cost</source>
        <comment>a field in the change history</comment>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>kind</source>
        <comment>a field in the change history</comment>
        <translation>Art</translation>
    </message>
    <message>
        <source>trigger</source>
        <comment>a field in the change history</comment>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>repetition</source>
        <comment>a field in the change history</comment>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>RACI</source>
        <comment>a field in the change history</comment>
        <translation>RACI</translation>
    </message>
    <message>
        <source>condition</source>
        <comment>a field in the change history</comment>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>probability</source>
        <comment>a field in the change history</comment>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>default flow</source>
        <comment>a field in the change history</comment>
        <translation>Standardfluss</translation>
    </message>
    <message>
        <source>purpose</source>
        <comment>a field in the change history</comment>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>scope</source>
        <comment>a field in the change history</comment>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>definitions</source>
        <comment>a field in the change history</comment>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>a field in the change history</comment>
        <translation>Verantwortliche(r)</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a field in the change history</comment>
        <translation>Version</translation>
    </message>
    <message>
        <source>status</source>
        <comment>a field in the change history</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>document number</source>
        <comment>a field in the change history</comment>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>effective date</source>
        <comment>a field in the change history</comment>
        <translation>Gültigkeitsdatum</translation>
    </message>
    <message>
        <source>review date</source>
        <comment>a field in the change history</comment>
        <translation>Prüftermin</translation>
    </message>
    <message>
        <source>revision history</source>
        <comment>a field in the change history</comment>
        <translation>Änderungshistorie</translation>
    </message>
    <message>
        <source>description</source>
        <comment>a field in the change history</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>root cause</source>
        <comment>a field in the change history</comment>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>proposed action</source>
        <comment>a field in the change history</comment>
        <translation>vorgeschlagene Maßnahme</translation>
    </message>
    <message>
        <source>severity</source>
        <comment>a field in the change history</comment>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>category</source>
        <comment>a field in the change history</comment>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>target</source>
        <comment>a field in the change history</comment>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>unit</source>
        <comment>a field in the change history</comment>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>direction</source>
        <comment>a field in the change history</comment>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>frequency</source>
        <comment>a field in the change history</comment>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>value</source>
        <comment>a field in the change history</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>note</source>
        <comment>a field in the change history</comment>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>date</source>
        <comment>a field in the change history</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>department</source>
        <comment>a field in the change history</comment>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>variant</source>
        <comment>a field in the change history</comment>
        <translation>Variante</translation>
    </message>
    <message>
        <source>fill colour</source>
        <comment>a field in the change history</comment>
        <translation>Füllfarbe</translation>
    </message>
    <message>
        <source>line colour</source>
        <comment>a field in the change history</comment>
        <translation>Linienfarbe</translation>
    </message>
    <message>
        <source>position and size</source>
        <comment>a field in the change history</comment>
        <translation>Position und Größe</translation>
    </message>
    <message>
        <source>route</source>
        <comment>a field in the change history</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>label position</source>
        <comment>a field in the change history</comment>
        <translation>Position der Beschriftung</translation>
    </message>
    <message>
        <source>container</source>
        <comment>a field in the change history</comment>
        <translation>Container</translation>
    </message>
    <message>
        <source>lane</source>
        <comment>a field in the change history</comment>
        <translation>Lane</translation>
    </message>
    <message>
        <source>interrupting</source>
        <comment>a field in the change history</comment>
        <translation>unterbrechend</translation>
    </message>
    <message>
        <source>compensation</source>
        <comment>a field in the change history</comment>
        <translation>Kompensation</translation>
    </message>
    <message>
        <source>expanded</source>
        <comment>a field in the change history</comment>
        <translation>aufgeklappt</translation>
    </message>
    <message>
        <source>collection</source>
        <comment>a field in the change history</comment>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>input / output</source>
        <comment>a field in the change history</comment>
        <translation>Eingabe / Ausgabe</translation>
    </message>
    <message>
        <source>state</source>
        <comment>a field in the change history</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>step</source>
        <comment>a field in the change history</comment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>element</source>
        <comment>a field in the change history</comment>
        <translation>Element</translation>
    </message>
    <message>
        <source>Created the workspace with {what}</source>
        <translation>Arbeitsbereich angelegt mit {what}</translation>
    </message>
    <message>
        <source>Created the workspace</source>
        <translation>Arbeitsbereich angelegt</translation>
    </message>
    <message>
        <source>The workspace as it was when its change log began</source>
        <translation>Der Arbeitsbereich, wie er zu Beginn des Änderungsprotokolls war</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Changed {what}</source>
        <translation>{what} geändert</translation>
    </message>
    <message>
        <source>Undo: {change}</source>
        <translation>Rückgängig: {change}</translation>
    </message>
    <message>
        <source>Redo: {change}</source>
        <translation>Wiederholt: {change}</translation>
    </message>
    <message>
        <source>{change}, and in the RACI of {steps}</source>
        <translation>{change}, auch in der RACI von {steps}</translation>
    </message>
    <message>
        <source>Changed the {fields} of {what}</source>
        <translation>{fields} von {what} geändert</translation>
    </message>
    <message>
        <source>Changed the {field} of {what} from {old} to {new}</source>
        <translation>{field} von {what} von {old} auf {new} geändert</translation>
    </message>
    <message>
        <source>Named {what} '{new}'</source>
        <translation>{what} '{new}' benannt</translation>
    </message>
    <message>
        <source>Removed the name of {what} '{old}'</source>
        <translation>Namen von {what} '{old}' entfernt</translation>
    </message>
    <message>
        <source>Renamed {what} '{old}' → '{new}'</source>
        <translation>{what} '{old}' → '{new}' umbenannt</translation>
    </message>
    <message>
        <source>Removed the duration of {step}</source>
        <translation>Dauer von {step} entfernt</translation>
    </message>
    <message>
        <source>Set the typical duration of {step} to {new}</source>
        <translation>Typische Dauer von {step} auf {new} gesetzt</translation>
    </message>
    <message>
        <source>Changed the typical duration of {step} from {old} to {new}</source>
        <translation>Typische Dauer von {step} von {old} auf {new} geändert</translation>
    </message>
    <message>
        <source>Changed the duration range of {step} from {old} to {new}</source>
        <translation>Spanne der Dauer von {step} von {old} auf {new} geändert</translation>
    </message>
    <message>
        <source>Made {role} responsible for {step}</source>
        <translation>{role} für {step} verantwortlich gemacht</translation>
    </message>
    <message>
        <source>Made {role} accountable for {step}</source>
        <translation>{role} für {step} rechenschaftspflichtig gemacht</translation>
    </message>
    <message>
        <source>{role} to be consulted on {step}</source>
        <translation>{role} wird zu {step} konsultiert</translation>
    </message>
    <message>
        <source>{role} to be informed about {step}</source>
        <translation>{role} wird über {step} informiert</translation>
    </message>
    <message>
        <source>Took {role} off {step}</source>
        <translation>{role} aus {step} herausgenommen</translation>
    </message>
    <message>
        <source>Changed the RACI of {step}</source>
        <translation>RACI von {step} geändert</translation>
    </message>
    <message>
        <source>Moved {what} to lane '{lane}'</source>
        <translation>{what} in Lane '{lane}' verschoben</translation>
    </message>
    <message>
        <source>Moved {what} to another lane</source>
        <translation>{what} in eine andere Lane verschoben</translation>
    </message>
    <message>
        <source>Re-routed {what}</source>
        <translation>{what} neu geführt</translation>
    </message>
    <message>
        <source>Rearranged {what}</source>
        <translation>{what} neu angeordnet</translation>
    </message>
    <message>
        <source>Resized {what}</source>
        <translation>Größe von {what} geändert</translation>
    </message>
    <message>
        <source>Moved {what}</source>
        <translation>{what} verschoben</translation>
    </message>
    <message>
        <source>Moved {what} in lane '{lane}'</source>
        <translation>{what} in Lane '{lane}' verschoben</translation>
    </message>
    <message>
        <source>Moved {what} to position {position}</source>
        <translation>{what} an Position {position} verschoben</translation>
    </message>
    <message>
        <source>Reordered {what}: {names}</source>
        <translation>{what} umsortiert: {names}</translation>
    </message>
    <message>
        <source>Added {what} to lane '{lane}'</source>
        <translation>{what} in Lane '{lane}' hinzugefügt</translation>
    </message>
    <message>
        <source>Added {what}</source>
        <translation>{what} hinzugefügt</translation>
    </message>
    <message>
        <source>{change}, with {more}</source>
        <translation>{change}, mit {more}</translation>
    </message>
    <message>
        <source>Created process '{name}'</source>
        <translation>Prozess '{name}' angelegt</translation>
    </message>
    <message>
        <source>Added {what} to {parent}</source>
        <translation>{what} zu {parent} hinzugefügt</translation>
    </message>
    <message>
        <source>Connected {source} → {target}</source>
        <translation>{source} → {target} verbunden</translation>
    </message>
    <message>
        <source>Added {what} from {source} to {target}</source>
        <translation>{what} von {source} nach {target} hinzugefügt</translation>
    </message>
    <message>
        <source>Recorded {value} for KPI {kpi} on {date}</source>
        <translation>{value} für Kennzahl {kpi} am {date} erfasst</translation>
    </message>
    <message>
        <source>the diagram</source>
        <comment>weak point target</comment>
        <translation>das Diagramm</translation>
    </message>
    <message>
        <source>Recorded a weak point on {target}: {description}</source>
        <translation>Schwachstelle an {target} erfasst: {description}</translation>
    </message>
    <message>
        <source>Recorded a weak point on {target}</source>
        <translation>Schwachstelle an {target} erfasst</translation>
    </message>
    <message>
        <source>Created {name} from {source}</source>
        <translation>{name} aus {source} erstellt</translation>
    </message>
    <message>
        <source>Created {name} from {source} with {contents}</source>
        <translation>{name} aus {source} erstellt, mit {contents}</translation>
    </message>
    <message>
        <source>Deleted {what}</source>
        <translation>{what} gelöscht</translation>
    </message>
    <message>
        <source>Deleted role '{name}' and took it off {steps}</source>
        <translation>Rolle '{name}' gelöscht und aus {steps} entfernt</translation>
    </message>
    <message>
        <source>Deleted {what} with {contents}</source>
        <translation>{what} mit {contents} gelöscht</translation>
    </message>
    <message>
        <source>Make {role} responsible for {step}</source>
        <translation>{role} für {step} verantwortlich machen</translation>
    </message>
    <message>
        <source>Make {role} accountable for {step}</source>
        <translation>{role} für {step} rechenschaftspflichtig machen</translation>
    </message>
    <message>
        <source>Consult {role} on {step}</source>
        <translation>{role} zu {step} konsultieren</translation>
    </message>
    <message>
        <source>Inform {role} about {step}</source>
        <translation>{role} über {step} informieren</translation>
    </message>
    <message>
        <source>Take {role} off {step}</source>
        <translation>{role} aus {step} herausnehmen</translation>
    </message>
    <message>
        <source>{id} is not a step that anyone carries out</source>
        <translation>{id} ist kein Schritt, den jemand ausführt</translation>
    </message>
    <message>
        <source>{role} is not a role of this workspace: add it to the role list first</source>
        <translation>{role} ist keine Rolle dieses Arbeitsbereichs: nehmen Sie sie zuerst in die Rollenliste auf</translation>
    </message>
    <message>
        <source>Add role {name}</source>
        <translation>Rolle {name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit role {name}</source>
        <translation>Rolle {name} bearbeiten</translation>
    </message>
    <message>
        <source>Rename role {old} to {new}</source>
        <translation>Rolle {old} in {new} umbenennen</translation>
    </message>
    <message>
        <source>Delete role {name}</source>
        <translation>Rolle {name} löschen</translation>
    </message>
    <message>
        <source>a role needs a name</source>
        <translation>eine Rolle braucht einen Namen</translation>
    </message>
    <message>
        <source>the role list already has a role called {name}</source>
        <translation>die Rollenliste enthält bereits eine Rolle namens {name}</translation>
    </message>
    <message>
        <source>role</source>
        <comment>element kind</comment>
        <translation>Rolle</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n Rolle</numerusform>
            <numerusform>%n Rollen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change log begun</source>
        <translation>Änderungsprotokoll begonnen</translation>
    </message>
    <message>
        <source>When</source>
        <comment>history column</comment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>history column</comment>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What changed</source>
        <comment>history column</comment>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Command: {label}</source>
        <translation>Befehl: {label}</translation>
    </message>
    <message>
        <source>undone in the session</source>
        <comment>history entry kind</comment>
        <translation>in der Sitzung rückgängig gemacht</translation>
    </message>
    <message>
        <source>redone in the session</source>
        <comment>history entry kind</comment>
        <translation>in der Sitzung wiederholt</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) changed</source>
        <translation>
            <numerusform>%n Element geändert</numerusform>
            <numerusform>%n Elemente geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} (UTC: {utc})</source>
        <translation>{time} (UTC: {utc})</translation>
    </message>
    <message>
        <source>From</source>
        <comment>history date range</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <comment>history date range</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>Änderungen ab</translation>
    </message>
    <message>
        <source>Changes until</source>
        <translation>Änderungen bis</translation>
    </message>
    <message>
        <source>Filter by words…</source>
        <translation>Nach Wörtern filtern…</translation>
    </message>
    <message>
        <source>Filter the history by words</source>
        <translation>Den Verlauf nach Wörtern filtern</translation>
    </message>
    <message>
        <source>Maturity model</source>
        <translation>Reifegradmodell</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>Weak points for all gaps</source>
        <translation>Schwachstellen für alle Lücken</translation>
    </message>
    <message>
        <source>Initiatives for all gaps</source>
        <translation>Initiativen für alle Lücken</translation>
    </message>
    <message>
        <source>New model…</source>
        <translation>Neues Modell…</translation>
    </message>
    <message>
        <source>Edit model…</source>
        <translation>Modell bearbeiten…</translation>
    </message>
    <message>
        <source>Import model…</source>
        <translation>Modell importieren…</translation>
    </message>
    <message>
        <source>{name} (shipped)</source>
        <translation>{name} (mitgeliefert)</translation>
    </message>
    <message>
        <source>Import maturity model</source>
        <translation>Reifegradmodell importieren</translation>
    </message>
    <message>
        <source>Maturity models (*.toml *.json)</source>
        <translation>Reifegradmodelle (*.toml *.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n initiatives created for maturity gaps</source>
        <translation>
            <numerusform>%n Initiative für Reifegradlücken angelegt</numerusform>
            <numerusform>%n Initiativen für Reifegradlücken angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made to the workspace, newest first.</source>
        <translation>Änderungen am Arbeitsbereich, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>History of {what} '{name}'</source>
        <translation>Verlauf von {what} '{name}'</translation>
    </message>
    <message>
        <source>History of {what}</source>
        <translation>Verlauf von {what}</translation>
    </message>
    <message>
        <source>History of a deleted element</source>
        <translation>Verlauf eines gelöschten Elements</translation>
    </message>
    <message>
        <source>History of the workspace</source>
        <translation>Verlauf des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Responsible</source>
        <comment>RACI letter</comment>
        <translation>verantwortlich (R)</translation>
    </message>
    <message>
        <source>Accountable</source>
        <comment>RACI letter</comment>
        <translation>rechenschaftspflichtig (A)</translation>
    </message>
    <message>
        <source>Consulted</source>
        <comment>RACI letter</comment>
        <translation>konsultiert (C)</translation>
    </message>
    <message>
        <source>Informed</source>
        <comment>RACI letter</comment>
        <translation>informiert (I)</translation>
    </message>
    <message>
        <source>{role} has no part in '{step}'</source>
        <translation>{role} ist an '{step}' nicht beteiligt</translation>
    </message>
    <message>
        <source>{role} is {letter} for '{step}'</source>
        <translation>{role} ist für '{step}' {letter}</translation>
    </message>
    <message>
        <source>(by default: the step's lane or role)</source>
        <translation>(von selbst: die Lane oder Rolle des Schritts)</translation>
    </message>
    <message>
        <source>Click a cell, or press Space, R, A, C, I or Delete. Italic R: by the lane.</source>
        <translation>Zelle anklicken oder Leertaste, R, A, C, I oder Entf drücken. Kursives R: durch die Lane.</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Rollen…</translation>
    </message>
    <message>
        <source>Add, rename, describe and delete the workspace's roles</source>
        <translation>Rollen des Arbeitsbereichs hinzufügen, umbenennen, beschreiben und löschen</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <source>Steps down, roles across: who is responsible, accountable, consulted, informed.</source>
        <translation>Schritte untereinander, Rollen nebeneinander: wer verantwortlich, rechenschaftspflichtig, konsultiert, informiert ist.</translation>
    </message>
    <message>
        <source>RACI of '{diagram}'</source>
        <translation>RACI von '{diagram}'</translation>
    </message>
    <message>
        <source>No diagram shown</source>
        <translation>Kein Diagramm angezeigt</translation>
    </message>
    <message>
        <source>This workspace is open read-only: the RACI cannot be changed</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet: die RACI kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>role list column</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Department</source>
        <comment>role list column</comment>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>role list column</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Roles of the workspace</source>
        <translation>Rollen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Every lane is a role already. List here the roles no lane shows (who answers for a result, who is asked or told), or a lane's name to describe its role.</source>
        <translation>Jede Lane ist bereits eine Rolle. Tragen Sie hier die Rollen ein, die keine Lane zeigt (wer für ein Ergebnis einsteht, wer gefragt oder unterrichtet wird), oder den Namen einer Lane, um deren Rolle zu beschreiben.</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>New role {number}</source>
        <translation>Neue Rolle {number}</translation>
    </message>
    <message>
        <source>This workspace is open read-only: the roles cannot be changed</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt geöffnet: die Rollen können nicht geändert werden</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>dock title</comment>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Versions</source>
        <comment>dock title</comment>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>History</source>
        <comment>dock title</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>RACI</source>
        <comment>dock title</comment>
        <translation>RACI</translation>
    </message>
    <message>
        <source>a maturity model needs a name</source>
        <translation>ein Reifegradmodell braucht einen Namen</translation>
    </message>
    <message>
        <source>a maturity model has 2 to {most} levels, not {count}</source>
        <translation>ein Reifegradmodell hat 2 bis {most} Stufen, nicht {count}</translation>
    </message>
    <message>
        <source>the levels are numbered 1 to {count} in order; found {number}</source>
        <translation>die Stufen sind der Reihe nach von 1 bis {count} nummeriert; gefunden: {number}</translation>
    </message>
    <message>
        <source>level {number} needs a name</source>
        <translation>Stufe {number} braucht einen Namen</translation>
    </message>
    <message>
        <source>a maturity model needs at least one dimension</source>
        <translation>ein Reifegradmodell braucht mindestens eine Dimension</translation>
    </message>
    <message>
        <source>every dimension needs a name</source>
        <translation>jede Dimension braucht einen Namen</translation>
    </message>
    <message>
        <source>two dimensions are called '{value}'</source>
        <translation>zwei Dimensionen heißen '{value}'</translation>
    </message>
    <message>
        <source>two dimensions have the key '{value}'</source>
        <translation>zwei Dimensionen haben den Schlüssel '{value}'</translation>
    </message>
    <message>
        <source>dimension '{name}' needs a text for each of the {count} levels</source>
        <translation>Dimension '{name}' braucht einen Text für jede der {count} Stufen</translation>
    </message>
    <message>
        <source>dimension '{name}' has no text for level {number}</source>
        <translation>Dimension '{name}' hat keinen Text für Stufe {number}</translation>
    </message>
    <message>
        <source>maturity model</source>
        <comment>element kind</comment>
        <translation>Reifegradmodell</translation>
    </message>
    <message numerus="yes">
        <source>%n maturity models</source>
        <translation>
            <numerusform>%n Reifegradmodell</numerusform>
            <numerusform>%n Reifegradmodelle</numerusform>
        </translation>
    </message>
    <message>
        <source>maturity assessment</source>
        <comment>element kind</comment>
        <translation>Reifegradbewertung</translation>
    </message>
    <message numerus="yes">
        <source>%n maturity assessments</source>
        <translation>
            <numerusform>%n Reifegradbewertung</numerusform>
            <numerusform>%n Reifegradbewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>an assessment needs a date</source>
        <translation>eine Bewertung braucht ein Datum</translation>
    </message>
    <message>
        <source>the assessment date</source>
        <translation>das Bewertungsdatum</translation>
    </message>
    <message>
        <source>a dimension is rated twice</source>
        <translation>eine Dimension ist zweimal bewertet</translation>
    </message>
    <message>
        <source>link to evidence</source>
        <comment>element kind</comment>
        <translation>Verknüpfung zum Nachweis</translation>
    </message>
    <message numerus="yes">
        <source>%n links to evidence</source>
        <translation>
            <numerusform>%n Verknüpfung zum Nachweis</numerusform>
            <numerusform>%n Verknüpfungen zum Nachweis</numerusform>
        </translation>
    </message>
    <message>
        <source>target profile</source>
        <comment>element kind</comment>
        <translation>Zielprofil</translation>
    </message>
    <message numerus="yes">
        <source>%n target profiles</source>
        <translation>
            <numerusform>%n Zielprofil</numerusform>
            <numerusform>%n Zielprofile</numerusform>
        </translation>
    </message>
    <message>
        <source>a dimension has two targets</source>
        <translation>eine Dimension hat zwei Ziele</translation>
    </message>
    <message>
        <source>{file}: too large for a maturity model</source>
        <translation>{file}: zu groß für ein Reifegradmodell</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{file}: a maturity model file ends in .toml or .json</source>
        <translation>{file}: eine Reifegradmodell-Datei endet auf .toml oder .json</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text</source>
        <translation>{file}: kein UTF-8-Text</translation>
    </message>
    <message>
        <source>{file}: malformed {syntax}: {reason}</source>
        <translation>{file}: fehlerhaftes {syntax}: {reason}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>not a maturity model: 'format' must be "{format}"</source>
        <translation>kein Reifegradmodell: 'format' muss "{format}" sein</translation>
    </message>
    <message>
        <source>format_version {found} is not known (this procdesk reads {known})</source>
        <translation>format_version {found} ist unbekannt (dieses procdesk liest {known})</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>das Modell</translation>
    </message>
    <message>
        <source>a level</source>
        <translation>eine Stufe</translation>
    </message>
    <message>
        <source>'levels'</source>
        <translation>'levels'</translation>
    </message>
    <message>
        <source>a dimension</source>
        <translation>eine Dimension</translation>
    </message>
    <message>
        <source>'dimensions'</source>
        <translation>'dimensions'</translation>
    </message>
    <message>
        <source>every level needs a whole 'number'</source>
        <translation>jede Stufe braucht eine ganze Zahl als 'number'</translation>
    </message>
    <message>
        <source>level {number}</source>
        <translation>Stufe {number}</translation>
    </message>
    <message>
        <source>dimension '{name}'</source>
        <translation>Dimension '{name}'</translation>
    </message>
    <message>
        <source>the texts of {what}</source>
        <translation>die Texte von {what}</translation>
    </message>
    <message>
        <source>{what} has a text for level {level}, out of range: the levels run 1 to {count}</source>
        <translation>{what} hat einen Text für Stufe {level}, außerhalb des Bereichs: die Stufen reichen von 1 bis {count}</translation>
    </message>
    <message>
        <source>{what}: the text of level {level} is not text</source>
        <translation>{what}: der Text von Stufe {level} ist kein Text</translation>
    </message>
    <message>
        <source>{what} has no text for level {level}</source>
        <translation>{what} hat keinen Text für Stufe {level}</translation>
    </message>
    <message>
        <source>{what}: '{category}' is not a weak point category ({known})</source>
        <translation>{what}: '{category}' ist keine Schwachstellenkategorie ({known})</translation>
    </message>
    <message>
        <source>{what} must be a table of keys and values</source>
        <translation>{what} muss eine Tabelle aus Schlüsseln und Werten sein</translation>
    </message>
    <message>
        <source>{what} must be a non-empty list</source>
        <translation>{what} muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>{what}: '{key}' must be text</source>
        <translation>{what}: '{key}' muss Text sein</translation>
    </message>
    <message>
        <source>{what} needs a '{key}'</source>
        <translation>{what} braucht '{key}'</translation>
    </message>
    <message>
        <source>Create weak point for the {dimension} gap</source>
        <translation>Schwachstelle für die Lücke in {dimension} anlegen</translation>
    </message>
    <message numerus="yes">
        <source>Create weak points for %n maturity gaps</source>
        <translation>
            <numerusform>Schwachstelle für %n Reifegradlücke anlegen</numerusform>
            <numerusform>Schwachstellen für %n Reifegradlücken anlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Create initiative for the {dimension} gap</source>
        <translation>Initiative für die Lücke in {dimension} anlegen</translation>
    </message>
    <message numerus="yes">
        <source>Create initiatives for %n maturity gaps</source>
        <translation>
            <numerusform>Initiative für %n Reifegradlücke anlegen</numerusform>
            <numerusform>Initiativen für %n Reifegradlücken anlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>the process has no diagram to put a weak point on</source>
        <translation>der Prozess hat kein Diagramm, auf das eine Schwachstelle gesetzt werden kann</translation>
    </message>
    <message>
        <source>Maturity gap in {dimension}: assessed at {level} on {date}, target {target} ({model}).</source>
        <translation>Reifegradlücke in {dimension}: am {date} mit {level} bewertet, Ziel {target} ({model}).</translation>
    </message>
    <message>
        <source>Raise {dimension} from {level} to {target}</source>
        <translation>{dimension} von {level} auf {target} heben</translation>
    </message>
    <message>
        <source>there is no maturity assessment {id}</source>
        <translation>es gibt keine Reifegradbewertung {id}</translation>
    </message>
    <message>
        <source>the assessment reaches the target on every dimension</source>
        <translation>die Bewertung erreicht in jeder Dimension das Ziel</translation>
    </message>
    <message>
        <source>{dimension} has no gap to its target</source>
        <translation>{dimension} hat keine Lücke zum Ziel</translation>
    </message>
    <message>
        <source>Add maturity model {name}</source>
        <translation>Reifegradmodell {name} hinzufügen</translation>
    </message>
    <message>
        <source>there is no maturity model {id}</source>
        <translation>es gibt kein Reifegradmodell {id}</translation>
    </message>
    <message>
        <source>Edit maturity model {name}</source>
        <translation>Reifegradmodell {name} bearbeiten</translation>
    </message>
    <message>
        <source>dimension '{key}' is used by the {what} of {date}: keep it</source>
        <translation>Dimension '{key}' wird von {what} {date} verwendet: behalten Sie sie</translation>
    </message>
    <message>
        <source>level {level} is used by the {what} of {date}: keep it</source>
        <translation>Stufe {level} wird von {what} {date} verwendet: behalten Sie sie</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>der Bewertung</translation>
    </message>
    <message>
        <source>target profile</source>
        <translation>dem Zielprofil</translation>
    </message>
    <message>
        <source>{name} is used by assessments or targets and cannot be deleted</source>
        <translation>{name} wird von Bewertungen oder Zielprofilen verwendet und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete maturity model {name}</source>
        <translation>Reifegradmodell {name} löschen</translation>
    </message>
    <message>
        <source>Assess {process}</source>
        <translation>{process} bewerten</translation>
    </message>
    <message>
        <source>an assessment has no field {field}</source>
        <translation>eine Bewertung hat kein Feld {field}</translation>
    </message>
    <message>
        <source>Edit the assessment of {date}</source>
        <translation>Bewertung vom {date} bearbeiten</translation>
    </message>
    <message>
        <source>Rate {dimension} at {level}</source>
        <translation>{dimension} mit {level} bewerten</translation>
    </message>
    <message>
        <source>Edit the evidence for {dimension}</source>
        <translation>Nachweis für {dimension} bearbeiten</translation>
    </message>
    <message>
        <source>Edit the documents for {dimension}</source>
        <translation>Dokumente für {dimension} bearbeiten</translation>
    </message>
    <message>
        <source>Delete the assessment of {date}</source>
        <translation>Bewertung vom {date} löschen</translation>
    </message>
    <message>
        <source>{id} is not part of the assessed process</source>
        <translation>{id} gehört nicht zum bewerteten Prozess</translation>
    </message>
    <message>
        <source>Link evidence for {dimension}</source>
        <translation>Nachweis für {dimension} verknüpfen</translation>
    </message>
    <message>
        <source>there is no evidence link {id}</source>
        <translation>es gibt keine Nachweisverknüpfung {id}</translation>
    </message>
    <message>
        <source>Remove the link to evidence</source>
        <translation>Verknüpfung zum Nachweis entfernen</translation>
    </message>
    <message>
        <source>Set the target profile of {process}</source>
        <translation>Zielprofil von {process} setzen</translation>
    </message>
    <message>
        <source>{model} has no dimension '{key}'</source>
        <translation>{model} hat keine Dimension '{key}'</translation>
    </message>
    <message>
        <source>a level of {model} runs from 1 to {top}, not {level}</source>
        <translation>eine Stufe von {model} reicht von 1 bis {top}, nicht {level}</translation>
    </message>
    <message>
        <source>Level of {dimension}</source>
        <translation>Stufe von {dimension}</translation>
    </message>
    <message>
        <source>Target of {dimension}</source>
        <translation>Ziel von {dimension}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>Create weak point</source>
        <translation>Schwachstelle anlegen</translation>
    </message>
    <message>
        <source>Create initiative</source>
        <translation>Initiative anlegen</translation>
    </message>
    <message>
        <source>Evidence for {dimension}</source>
        <translation>Nachweis für {dimension}</translation>
    </message>
    <message>
        <source>What shows this level: observations, interviews, records</source>
        <translation>Was diese Stufe zeigt: Beobachtungen, Interviews, Aufzeichnungen</translation>
    </message>
    <message>
        <source>Documents for {dimension}</source>
        <translation>Dokumente für {dimension}</translation>
    </message>
    <message>
        <source>Documents: paths or URLs, separated by ;</source>
        <translation>Dokumente: Pfade oder URLs, getrennt durch ;</translation>
    </message>
    <message>
        <source>Elements linked as evidence</source>
        <translation>Als Nachweis verknüpfte Elemente</translation>
    </message>
    <message>
        <source>Link element…</source>
        <translation>Element verknüpfen…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Nothing to link</source>
        <translation>Nichts zu verknüpfen</translation>
    </message>
    <message>
        <source>Choose the level whose description fits best.</source>
        <translation>Wählen Sie die Stufe, deren Beschreibung am besten passt.</translation>
    </message>
    <message numerus="yes">
        <source>gap: %n levels</source>
        <translation>
            <numerusform>Lücke: %n Stufe</numerusform>
            <numerusform>Lücke: %n Stufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Maturity levels over time</source>
        <translation>Reifegradstufen im Zeitverlauf</translation>
    </message>
    <message>
        <source>No assessment yet</source>
        <translation>Noch keine Bewertung</translation>
    </message>
    <message>
        <source>Maturity profile radar</source>
        <translation>Netzdiagramm des Reifegradprofils</translation>
    </message>
    <message>
        <source>No profile to show</source>
        <translation>Kein Profil zum Anzeigen</translation>
    </message>
    <message>
        <source>Assess maturity…</source>
        <translation>Reifegrad bewerten…</translation>
    </message>
    <message>
        <source>{clause} is met by no control</source>
        <translation>{clause} wird von keiner Kontrolle erfüllt</translation>
    </message>
    <message>
        <source>Link a control that satisfies it, or record why it does not apply.</source>
        <translation>Verknüpfen Sie eine Kontrolle, die sie erfüllt, oder halten Sie fest, warum sie nicht anwendbar ist.</translation>
    </message>
    <message>
        <source>{clause} is marked as not applicable without a reason</source>
        <translation>{clause} ist ohne Begründung als nicht anwendbar markiert</translation>
    </message>
    <message>
        <source>An auditor asks why: record the reason.</source>
        <translation>Ein Auditor fragt nach dem Grund: halten Sie ihn fest.</translation>
    </message>
    <message>
        <source>Risk '{risk}' scores {score} and no control mitigates it</source>
        <translation>Risiko '{risk}' hat den Wert {score} und keine Kontrolle mindert es</translation>
    </message>
    <message>
        <source>Risk '{risk}' still scores {score} after its controls</source>
        <translation>Risiko '{risk}' hat nach seinen Kontrollen noch den Wert {score}</translation>
    </message>
    <message>
        <source>Add a control, preferably preventive and automated.</source>
        <translation>Fügen Sie eine Kontrolle hinzu, am besten präventiv und automatisiert.</translation>
    </message>
    <message>
        <source>Control '{control}' runs at no step</source>
        <translation>Kontrolle '{control}' wird an keinem Schritt durchgeführt</translation>
    </message>
    <message>
        <source>Its steps were deleted, or it was never placed: attach it to a step.</source>
        <translation>Ihre Schritte wurden gelöscht oder sie wurde nie zugeordnet: ordnen Sie sie einem Schritt zu.</translation>
    </message>
    <message>
        <source>Control '{control}' leaves no evidence</source>
        <translation>Kontrolle '{control}' hinterlässt keinen Nachweis</translation>
    </message>
    <message>
        <source>Say what proves it was carried out (a record, a log, a signature).</source>
        <translation>Geben Sie an, was ihre Durchführung belegt (ein Datensatz, ein Protokoll, eine Unterschrift).</translation>
    </message>
    <message>
        <source>Control '{control}' has no owner</source>
        <translation>Kontrolle '{control}' hat keine verantwortliche Person</translation>
    </message>
    <message>
        <source>Name who answers for it.</source>
        <translation>Nennen Sie, wer dafür verantwortlich ist.</translation>
    </message>
    <message>
        <source>L {l0} → {l1}, I {i0} → {i1}: residual {score}</source>
        <translation>W {l0} → {l1}, A {i0} → {i1}: netto {score}</translation>
    </message>
    <message>
        <source>{covered} of {requirements} requirements met · {risks} risks · {controls} controls · {findings} open findings</source>
        <translation>{covered} von {requirements} Anforderungen erfüllt · {risks} Risiken · {controls} Kontrollen · {findings} offene Befunde</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <source>Not applicable: {reason}</source>
        <translation>Nicht anwendbar: {reason}</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>(approved by {who} on {date})</source>
        <translation>(freigegeben von {who} am {date})</translation>
    </message>
    <message>
        <source>none released</source>
        <translation>keine freigegeben</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>kein Schritt</translation>
    </message>
    <message>
        <source>Workspace {name}</source>
        <translation>Arbeitsbereich {name}</translation>
    </message>
    <message>
        <source>an audit report is written as .pdf or .xlsx</source>
        <translation>ein Auditbericht wird als .pdf oder .xlsx geschrieben</translation>
    </message>
    <message>
        <source>Risk or control</source>
        <translation>Risiko oder Kontrolle</translation>
    </message>
    <message>
        <source>{category}; inherent {inherent}, residual {residual}; owner: {owner}</source>
        <translation>{category}; brutto {inherent}, netto {residual}; verantwortlich: {owner}</translation>
    </message>
    <message>
        <source>Risk: {risk}</source>
        <translation>Risiko: {risk}</translation>
    </message>
    <message>
        <source>Control: {control}</source>
        <translation>Kontrolle: {control}</translation>
    </message>
    <message>
        <source>{type}, {automation}, {frequency}; owner: {owner}</source>
        <translation>{type}, {automation}, {frequency}; verantwortlich: {owner}</translation>
    </message>
    <message>
        <source>Evidence: {evidence}</source>
        <translation>Nachweis: {evidence}</translation>
    </message>
    <message>
        <source>Mitigates: {risks}</source>
        <translation>Mindert: {risks}</translation>
    </message>
    <message>
        <source>Satisfies: {requirements}</source>
        <translation>Erfüllt: {requirements}</translation>
    </message>
    <message>
        <source>{what} runs from 1 to 5, not {value}</source>
        <translation>{what} reicht von 1 bis 5, nicht {value}</translation>
    </message>
    <message>
        <source>requirement</source>
        <comment>element kind</comment>
        <translation>Anforderung</translation>
    </message>
    <message numerus="yes">
        <source>%n requirements</source>
        <translation>
            <numerusform>%n Anforderung</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>a requirement needs a source and a clause</source>
        <translation>eine Anforderung braucht eine Quelle und eine Klausel</translation>
    </message>
    <message>
        <source>{source} {clause}</source>
        <comment>a requirement cited by its source and clause</comment>
        <translation>{source} {clause}</translation>
    </message>
    <message>
        <source>risk</source>
        <comment>element kind</comment>
        <translation>Risiko</translation>
    </message>
    <message numerus="yes">
        <source>%n risks</source>
        <translation>
            <numerusform>%n Risiko</numerusform>
            <numerusform>%n Risiken</numerusform>
        </translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>die Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>die Auswirkung</translation>
    </message>
    <message>
        <source>control</source>
        <comment>element kind</comment>
        <translation>Kontrolle</translation>
    </message>
    <message numerus="yes">
        <source>%n controls</source>
        <translation>
            <numerusform>%n Kontrolle</numerusform>
            <numerusform>%n Kontrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>control's step</source>
        <comment>element kind</comment>
        <translation>Schritt einer Kontrolle</translation>
    </message>
    <message>
        <source>mitigated risk</source>
        <comment>element kind</comment>
        <translation>gemindertes Risiko</translation>
    </message>
    <message>
        <source>satisfied requirement</source>
        <comment>element kind</comment>
        <translation>erfüllte Anforderung</translation>
    </message>
    <message>
        <source>risk's weak point</source>
        <comment>element kind</comment>
        <translation>Schwachstelle eines Risikos</translation>
    </message>
    <message>
        <source>{clause} is already in the register</source>
        <translation>{clause} steht bereits im Register</translation>
    </message>
    <message>
        <source>Add requirement {clause}</source>
        <translation>Anforderung {clause} hinzufügen</translation>
    </message>
    <message>
        <source>row {row}: {clause} appears already in row {first}</source>
        <translation>Zeile {row}: {clause} steht bereits in Zeile {first}</translation>
    </message>
    <message>
        <source>row {row}: {clause} is already in the register</source>
        <translation>Zeile {row}: {clause} steht bereits im Register</translation>
    </message>
    <message numerus="yes">
        <source>Import %n requirements</source>
        <translation>
            <numerusform>%n Anforderung importieren</numerusform>
            <numerusform>%n Anforderungen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Risiko hinzufügen</translation>
    </message>
    <message>
        <source>the weak point belongs to no process</source>
        <translation>die Schwachstelle gehört zu keinem Prozess</translation>
    </message>
    <message>
        <source>Create risk from weak point</source>
        <translation>Risiko aus Schwachstelle anlegen</translation>
    </message>
    <message>
        <source>a risk sits on a step or a flow, and {id} is neither</source>
        <translation>ein Risiko liegt auf einem Schritt oder einem Fluss, und {id} ist keins von beiden</translation>
    </message>
    <message>
        <source>{id} is not in this process</source>
        <translation>{id} gehört nicht zu diesem Prozess</translation>
    </message>
    <message>
        <source>a control runs at one step at least</source>
        <translation>eine Kontrolle wird an mindestens einem Schritt durchgeführt</translation>
    </message>
    <message>
        <source>a control needs a name</source>
        <translation>eine Kontrolle braucht einen Namen</translation>
    </message>
    <message>
        <source>Add control {name}</source>
        <translation>Kontrolle {name} hinzufügen</translation>
    </message>
    <message>
        <source>Link control</source>
        <translation>Kontrolle verknüpfen</translation>
    </message>
    <message>
        <source>Unlink control</source>
        <translation>Kontrolle lösen</translation>
    </message>
    <message>
        <source>a control links to steps, risks and requirements; {id} is none of them</source>
        <translation>eine Kontrolle verknüpft Schritte, Risiken und Anforderungen; {id} ist nichts davon</translation>
    </message>
    <message>
        <source>Compliance</source>
        <comment>risk category</comment>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Fraud</source>
        <comment>risk category</comment>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Financial</source>
        <comment>risk category</comment>
        <translation>Finanziell</translation>
    </message>
    <message>
        <source>Operational</source>
        <comment>risk category</comment>
        <translation>Operativ</translation>
    </message>
    <message>
        <source>Information security</source>
        <comment>risk category</comment>
        <translation>Informationssicherheit</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>risk category</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Preventive</source>
        <comment>control type</comment>
        <translation>Präventiv</translation>
    </message>
    <message>
        <source>Detective</source>
        <comment>control type</comment>
        <translation>Detektiv</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>control automation</comment>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Automated</source>
        <comment>control automation</comment>
        <translation>Automatisiert</translation>
    </message>
    <message>
        <source>Each case</source>
        <comment>control frequency</comment>
        <translation>Jeder Fall</translation>
    </message>
    <message>
        <source>Daily</source>
        <comment>control frequency</comment>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>control frequency</comment>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>control frequency</comment>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <comment>control frequency</comment>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <comment>control frequency</comment>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Import requirements from {file}</source>
        <translation>Anforderungen aus {file} importieren</translation>
    </message>
    <message>
        <source>Update requirements already in the register</source>
        <translation>Anforderungen aktualisieren, die bereits im Register stehen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>Spalte {n}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Erste Zeilen der Datei:</translation>
    </message>
    <message>
        <source>Click a cell to list its risks.</source>
        <translation>Klicken Sie auf ein Feld, um seine Risiken aufzulisten.</translation>
    </message>
    <message numerus="yes">
        <source>Likelihood {likelihood}, impact {impact}: %n risks</source>
        <translation>
            <numerusform>Wahrscheinlichkeit {likelihood}, Auswirkung {impact}: %n Risiko</numerusform>
            <numerusform>Wahrscheinlichkeit {likelihood}, Auswirkung {impact}: %n Risiken</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Evidence expected</source>
        <translation>Erwarteter Nachweis</translation>
    </message>
    <message>
        <source>Mitigates</source>
        <translation>Mindert</translation>
    </message>
    <message>
        <source>Satisfies</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Nachverfolgbarkeit</translation>
    </message>
    <message>
        <source>Requirement {clause}: {title}</source>
        <translation>Anforderung {clause}: {title}</translation>
    </message>
    <message>
        <source>Risk: {risk} ({explain})</source>
        <translation>Risiko: {risk} ({explain})</translation>
    </message>
    <message>
        <source>from weak point: {text}</source>
        <translation>aus Schwachstelle: {text}</translation>
    </message>
    <message>
        <source>mitigates: {risk}</source>
        <translation>mindert: {risk}</translation>
    </message>
    <message>
        <source>satisfies: {clause}</source>
        <translation>erfüllt: {clause}</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message>
        <source>Control: {control} ({owner})</source>
        <translation>Kontrolle: {control} ({owner})</translation>
    </message>
    <message>
        <source>runs at no step</source>
        <translation>wird an keinem Schritt durchgeführt</translation>
    </message>
    <message>
        <source>in process {process}</source>
        <translation>im Prozess {process}</translation>
    </message>
    <message>
        <source>at {element} in {process}</source>
        <translation>bei {element} in {process}</translation>
    </message>
    <message numerus="yes">
        <source>%n risks, worst residual score {score}</source>
        <translation>
            <numerusform>%n Risiko, höchster Nettowert {score}</numerusform>
            <numerusform>%n Risiken, höchster Nettowert {score}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls run here</source>
        <translation>
            <numerusform>%n Kontrolle wird hier durchgeführt</numerusform>
            <numerusform>%n Kontrollen werden hier durchgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Risks and controls</source>
        <translation>Risiken und Kontrollen</translation>
    </message>
    <message>
        <source>Add risk…</source>
        <translation>Risiko hinzufügen…</translation>
    </message>
    <message>
        <source>Add control…</source>
        <translation>Kontrolle hinzufügen…</translation>
    </message>
    <message>
        <source>satisfies {clause}</source>
        <translation>erfüllt {clause}</translation>
    </message>
    <message>
        <source>No risk or control recorded here.</source>
        <translation>Hier ist kein Risiko und keine Kontrolle erfasst.</translation>
    </message>
    <message>
        <source>'{text}' is not a month: write YYYY-MM, e.g. 2026-11</source>
        <translation>'{text}' ist kein Monat: schreiben Sie JJJJ-MM, z. B. 2026-11</translation>
    </message>
    <message>
        <source>'{text}' is not a month: months run from 01 to 12</source>
        <translation>'{text}' ist kein Monat: Monate laufen von 01 bis 12</translation>
    </message>
    <message>
        <source>{period} lies in the future: a report covers a month that has begun</source>
        <translation>{period} liegt in der Zukunft: ein Bericht umfasst einen begonnenen Monat</translation>
    </message>
    <message>
        <source>The review falls due on {date}.</source>
        <translation>Die Überprüfung wird am {date} fällig.</translation>
    </message>
    <message>
        <source>Process performance report {period}</source>
        <translation>Prozessleistungsbericht {period}</translation>
    </message>
    <message>
        <source>Process performance report · {period} · page {page}</source>
        <translation>Prozessleistungsbericht · {period} · Seite {page}</translation>
    </message>
    <message>
        <source>values as of {date}</source>
        <translation>Werte zum {date}</translation>
    </message>
    <message>
        <source>On target</source>
        <comment>KPI status</comment>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <source>Slightly off target</source>
        <comment>KPI status</comment>
        <translation>Ziel knapp verfehlt</translation>
    </message>
    <message>
        <source>Off target</source>
        <comment>KPI status</comment>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>No data</source>
        <comment>KPI status</comment>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Overdue: no value dated in the last complete period of the KPI's frequency, nor later (a monthly KPI needs a value for last month, a quarterly one for the last quarter). KPIs measured per case are never overdue.</source>
        <translation>Überfällig: kein Wert im letzten vollständigen Zeitraum der Messhäufigkeit der Kennzahl und keiner danach (eine monatliche Kennzahl braucht einen Wert für den Vormonat, eine vierteljährliche für das letzte Quartal). Kennzahlen, die je Fall gemessen werden, sind nie überfällig.</translation>
    </message>
    <message>
        <source>Margin: how far the latest value lies from the target in the KPI's direction; + is better than the target, − worse.</source>
        <translation>Abstand: wie weit der letzte Wert in Richtung der Kennzahl vom Ziel entfernt liegt; + ist besser als das Ziel, − schlechter.</translation>
    </message>
    <message>
        <source>Never measured</source>
        <translation>Nie gemessen</translation>
    </message>
    <message>
        <source>No value for {period}</source>
        <translation>Kein Wert für {period}</translation>
    </message>
    <message numerus="yes">
        <source>No value since {period} (%n periods)</source>
        <translation>
            <numerusform>Kein Wert seit {period} (%n Zeitraum)</numerusform>
            <numerusform>Kein Wert seit {period} (%n Zeiträume)</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation>Kennzahlen-Cockpit</translation>
    </message>
    <message>
        <source>The month the report covers</source>
        <translation>Der Monat, über den der Bericht geht</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>Monatsbericht…</translation>
    </message>
    <message>
        <source>Import measurements…</source>
        <translation>Messwerte importieren…</translation>
    </message>
    <message>
        <source>Export measurements…</source>
        <translation>Messwerte exportieren…</translation>
    </message>
    <message>
        <source>Report for</source>
        <translation>Bericht für</translation>
    </message>
    <message>
        <source>on target: {n}</source>
        <translation>im Ziel: {n}</translation>
    </message>
    <message>
        <source>off target: {n}</source>
        <translation>verfehlt: {n}</translation>
    </message>
    <message>
        <source>overdue: {count}</source>
        <translation>überfällig: {count}</translation>
    </message>
    <message>
        <source>Performance report {period}.pdf</source>
        <translation>Leistungsbericht {period}.pdf</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <source>Measurements {name}.xlsx</source>
        <translation>Messwerte {name}.xlsx</translation>
    </message>
    <message>
        <source>Export measurements</source>
        <translation>Messwerte exportieren</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Geschrieben nach {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n measurements imported</source>
        <translation>
            <numerusform>%n Messwert importiert</numerusform>
            <numerusform>%n Messwerte importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Band, process, KPI</source>
        <comment>dashboard column</comment>
        <translation>Band, Prozess, Kennzahl</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>dashboard column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latest</source>
        <comment>dashboard column</comment>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <comment>dashboard column</comment>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Margin</source>
        <comment>dashboard column</comment>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Trend</source>
        <comment>dashboard column</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>dashboard column</comment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Measured</source>
        <comment>dashboard column</comment>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>dashboard column</comment>
        <translation>Verantwortlich</translation>
    </message>
    <message numerus="yes">
        <source>%n periods with a value</source>
        <translation>
            <numerusform>%n Zeitraum mit Wert</numerusform>
            <numerusform>%n Zeiträume mit Wert</numerusform>
        </translation>
    </message>
    <message>
        <source>on target {green} · slightly off {amber} · off {red} · no data {grey}</source>
        <translation>im Ziel {green} · knapp verfehlt {amber} · verfehlt {red} · keine Daten {grey}</translation>
    </message>
    <message>
        <source>no KPIs</source>
        <translation>keine Kennzahlen</translation>
    </message>
    <message>
        <source>{green} of {total} on target</source>
        <translation>{green} von {total} im Ziel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Tabellen (*.csv *.xlsx);;CSV-Datei (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>{file} cannot be imported:
{reason}</source>
        <translation>{file} kann nicht importiert werden:
{reason}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>{file} could not be written:
{reason}</source>
        <translation>{file} konnte nicht geschrieben werden:
{reason}</translation>
    </message>
    <message>
        <source>all KPIs</source>
        <translation>alle Kennzahlen</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>KPI filter</comment>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>all owners</source>
        <translation>alle Verantwortlichen</translation>
    </message>
    <message>
        <source>all processes</source>
        <translation>alle Prozesse</translation>
    </message>
    <message>
        <source>Import measurements from {file}</source>
        <translation>Messwerte aus {file} importieren</translation>
    </message>
    <message>
        <source>(from the KPI column)</source>
        <translation>(aus der Kennzahlenspalte)</translation>
    </message>
    <message>
        <source>Every row is the KPI</source>
        <translation>Jede Zeile gehört zur Kennzahl</translation>
    </message>
    <message>
        <source>Nothing can be imported as the columns are chosen:</source>
        <translation>Mit dieser Spaltenzuordnung lässt sich nichts importieren:</translation>
    </message>
    <message numerus="yes">
        <source>%n measurements to add</source>
        <translation>
            <numerusform>%n Messwert wird hinzugefügt</numerusform>
            <numerusform>%n Messwerte werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the workspace</source>
        <translation>
            <numerusform>%n bereits im Arbeitsbereich</numerusform>
            <numerusform>%n bereits im Arbeitsbereich</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Es wurde nichts importiert:</translation>
    </message>
    <message>
        <source>this workspace was checked out of its repository read-only</source>
        <translation>dieser Arbeitsbereich wurde schreibgeschützt aus seinem Repository ausgecheckt</translation>
    </message>
    <message>
        <source>{id} changed while the repository was read; try again</source>
        <translation>{id} hat sich geändert, während das Repository gelesen wurde; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>Initial content from {file}</source>
        <translation>Anfangsinhalt aus {file}</translation>
    </message>
    <message>
        <source>Update from repository (revision {revision})</source>
        <translation>Aktualisierung aus dem Repository (Revision {revision})</translation>
    </message>
    <message>
        <source>Check-in: revision {revision}</source>
        <translation>Einchecken: Revision {revision}</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Einchecken</translation>
    </message>
    <message numerus="yes">
        <source>%n local changes to check in:</source>
        <translation>
            <numerusform>%n lokale Änderung zum Einchecken:</numerusform>
            <numerusform>%n lokale Änderungen zum Einchecken:</numerusform>
        </translation>
    </message>
    <message>
        <source>No local changes: checking in brings in what others checked in.</source>
        <translation>Keine lokalen Änderungen: Einchecken holt, was andere eingecheckt haben.</translation>
    </message>
    <message>
        <source>What the changes are about</source>
        <translation>Worum es bei den Änderungen geht</translation>
    </message>
    <message>
        <source>Check &amp;In</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Conflicts with the Repository</source>
        <translation>Konflikte mit dem Repository</translation>
    </message>
    <message numerus="yes">
        <source>%n elements were changed here and in the repository in ways that do not merge. Nothing was changed on either side. Choose, for each, whose version counts:</source>
        <translation>
            <numerusform>%n Element wurde hier und im Repository so geändert, dass es sich nicht zusammenführen lässt. Auf keiner Seite wurde etwas geändert. Wählen Sie, wessen Fassung gilt:</numerusform>
            <numerusform>%n Elemente wurden hier und im Repository so geändert, dass sie sich nicht zusammenführen lassen. Auf keiner Seite wurde etwas geändert. Wählen Sie für jedes, wessen Fassung gilt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Element / attribute</source>
        <translation>Element / Attribut</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Wahl</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>&amp;Settle</source>
        <translation>&amp;Klären</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Deren übernehmen</translation>
    </message>
    <message>
        <source>Open from Repository</source>
        <translation>Aus Repository öffnen</translation>
    </message>
    <message>
        <source>&amp;List Processes</source>
        <translation>Prozesse &amp;auflisten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Read-only (to read and export; Update brings changes)</source>
        <translation>Schreibgeschützt (zum Lesen und Exportieren; Aktualisieren holt Änderungen)</translation>
    </message>
    <message>
        <source>Repository URL:</source>
        <translation>Repository-URL:</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>Prozesse:</translation>
    </message>
    <message>
        <source>New workspace file:</source>
        <translation>Neue Arbeitsbereichsdatei:</translation>
    </message>
    <message>
        <source>Check &amp;Out</source>
        <translation>A&amp;uschecken</translation>
    </message>
    <message>
        <source>Type the repository's URL first.</source>
        <translation>Geben Sie zuerst die URL des Repositorys ein.</translation>
    </message>
    <message>
        <source>The repository holds no process yet.</source>
        <translation>Das Repository enthält noch keinen Prozess.</translation>
    </message>
    <message>
        <source>New workspace file</source>
        <translation>Neue Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>procdesk workspaces (*.procdesk)</source>
        <translation>procdesk-Arbeitsbereiche (*.procdesk)</translation>
    </message>
    <message>
        <source>List the processes and check at least one.</source>
        <translation>Listen Sie die Prozesse auf und wählen Sie mindestens einen.</translation>
    </message>
    <message>
        <source>Choose the new workspace file.</source>
        <translation>Wählen Sie die neue Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Open from Reposi&amp;tory…</source>
        <translation>Aus Reposi&amp;tory öffnen…</translation>
    </message>
    <message>
        <source>Chec&amp;k In…</source>
        <translation>Einchec&amp;ken…</translation>
    </message>
    <message>
        <source>&amp;Update from Repository</source>
        <translation>Aus Repository aktua&amp;lisieren</translation>
    </message>
    <message>
        <source>Cannot check out</source>
        <translation>Auschecken nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Checked out at revision {revision}: %n processes</source>
        <translation>
            <numerusform>Ausgecheckt bei Revision {revision}: %n Prozess</numerusform>
            <numerusform>Ausgecheckt bei Revision {revision}: %n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot check in</source>
        <translation>Einchecken nicht möglich</translation>
    </message>
    <message>
        <source>Checked in as revision {revision}</source>
        <translation>Als Revision {revision} eingecheckt</translation>
    </message>
    <message>
        <source>Nothing to check in; at revision {revision}</source>
        <translation>Nichts einzuchecken; bei Revision {revision}</translation>
    </message>
    <message>
        <source>Cannot update</source>
        <translation>Aktualisieren nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Updated to revision {revision}: %n changes</source>
        <translation>
            <numerusform>Auf Revision {revision} aktualisiert: %n Änderung</numerusform>
            <numerusform>Auf Revision {revision} aktualisiert: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Base (before either)</source>
        <translation>Basis (vor beiden)</translation>
    </message>
    <message>
        <source>Mine (this workspace)</source>
        <translation>Meine (dieser Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Theirs (the repository)</source>
        <translation>Ihre (das Repository)</translation>
    </message>
    <message>
        <source>Choose an element to see it on its diagram.</source>
        <translation>Wählen Sie ein Element, um es in seinem Diagramm zu sehen.</translation>
    </message>
    <message>
        <source>This element is not drawn in a diagram.</source>
        <translation>Dieses Element ist in keinem Diagramm gezeichnet.</translation>
    </message>
    <message>
        <source>The diagram cannot be drawn from the three sides of this conflict.</source>
        <translation>Das Diagramm lässt sich aus den drei Seiten dieses Konflikts nicht zeichnen.</translation>
    </message>
    <message>
        <source>Outlined: what each side changed since the base (green added, red removed, amber changed).</source>
        <translation>Umrandet: was jede Seite seit der Basis geändert hat (grün hinzugefügt, rot entfernt, gelb geändert).</translation>
    </message>
</context>
</TS>