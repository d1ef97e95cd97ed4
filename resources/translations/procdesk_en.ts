<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name/>
    <message numerus="yes">
        <source>%n elements selected: {names}</source>
        <translation>
            <numerusform>%n element selected: {names}</numerusform>
            <numerusform>%n elements selected: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming: {flows}.</source>
        <translation>
            <numerusform>%n incoming: {flows}.</numerusform>
            <numerusform>%n incoming: {flows}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing: {flows}.</source>
        <translation>
            <numerusform>%n outgoing: {flows}.</numerusform>
            <numerusform>%n outgoing: {flows}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open weak points: %n, worst severity {worst} of 5.</source>
        <translation>
            <numerusform>Open weak points: %n, worst severity {worst} of 5.</numerusform>
            <numerusform>Open weak points: %n, worst severity {worst} of 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step} splits into %n branches, {bare} without a label or condition</source>
        <translation>
            <numerusform>{step} splits into %n branch, {bare} without a label or condition</numerusform>
            <numerusform>{step} splits into %n branches, {bare} without a label or condition</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step} starts %n parallel branches without a gateway</source>
        <translation>
            <numerusform>{step} starts %n parallel branch without a gateway</numerusform>
            <numerusform>{step} starts %n parallel branches without a gateway</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step} has %n incoming sequence flows</source>
        <translation>
            <numerusform>{step} has %n incoming sequence flow</numerusform>
            <numerusform>{step} has %n incoming sequence flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{scope} has %n start events without a trigger</source>
        <translation>
            <numerusform>{scope} has %n start event without a trigger</numerusform>
            <numerusform>{scope} has %n start events without a trigger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{diagram} — overview; %n parts follow</source>
        <translation>
            <numerusform>{diagram} — overview; %n part follows</numerusform>
            <numerusform>{diagram} — overview; %n parts follow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{steps} and %n more</source>
        <comment>steps of a role</comment>
        <translation>
            <numerusform>{steps} and %n more</numerusform>
            <numerusform>{steps} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gateways</source>
        <translation>
            <numerusform>%n gateway</numerusform>
            <numerusform>%n gateways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-processes</source>
        <translation>
            <numerusform>%n sub-process</numerusform>
            <numerusform>%n sub-processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call activities</source>
        <translation>
            <numerusform>%n call activity</numerusform>
            <numerusform>%n call activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence flows</source>
        <translation>
            <numerusform>%n sequence flow</numerusform>
            <numerusform>%n sequence flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message flows</source>
        <translation>
            <numerusform>%n message flow</numerusform>
            <numerusform>%n message flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n associations</source>
        <translation>
            <numerusform>%n association</numerusform>
            <numerusform>%n associations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data associations</source>
        <translation>
            <numerusform>%n data association</numerusform>
            <numerusform>%n data associations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diagrams</source>
        <translation>
            <numerusform>%n diagram</numerusform>
            <numerusform>%n diagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pools</source>
        <translation>
            <numerusform>%n pool</numerusform>
            <numerusform>%n pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lanes</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data objects</source>
        <translation>
            <numerusform>%n data object</numerusform>
            <numerusform>%n data objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data stores</source>
        <translation>
            <numerusform>%n data store</numerusform>
            <numerusform>%n data stores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak points</source>
        <translation>
            <numerusform>%n weak point</numerusform>
            <numerusform>%n weak points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPIs</source>
        <translation>
            <numerusform>%n KPI</numerusform>
            <numerusform>%n KPIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurements</source>
        <translation>
            <numerusform>%n measurement</numerusform>
            <numerusform>%n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n elements</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open weak points on this diagram</source>
        <translation>
            <numerusform>%n open weak point on this diagram</numerusform>
            <numerusform>%n open weak points on this diagram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open weak points, worst severity {worst}</source>
        <translation>
            <numerusform>%n open weak point, worst severity {worst}</numerusform>
            <numerusform>%n open weak points, worst severity {worst}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Simulating %n runs…</source>
        <translation>
            <numerusform>Simulating %n run…</numerusform>
            <numerusform>Simulating %n runs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak point(s)</source>
        <translation>
            <numerusform>%n weak point</numerusform>
            <numerusform>%n weak points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compliance finding(s)</source>
        <translation>
            <numerusform>%n compliance finding</numerusform>
            <numerusform>%n compliance findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n measurements</source>
        <translation>
            <numerusform>Import %n measurement</numerusform>
            <numerusform>Import %n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps — press → to walk through them</source>
        <translation>
            <numerusform>%n step — press → to walk through it</numerusform>
            <numerusform>%n steps — press → to walk through them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <comment>search matches</comment>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n elements</source>
        <translation>
            <numerusform>Copied %n element</numerusform>
            <numerusform>Copied %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiatives</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links to weak points</source>
        <translation>
            <numerusform>%n link to a weak point</numerusform>
            <numerusform>%n links to weak points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links to processes</source>
        <translation>
            <numerusform>%n link to a process</numerusform>
            <numerusform>%n links to processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benefit calculations</source>
        <translation>
            <numerusform>%n benefit calculation</numerusform>
            <numerusform>%n benefit calculations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prioritisation frameworks</source>
        <translation>
            <numerusform>%n prioritisation framework</numerusform>
            <numerusform>%n prioritisation frameworks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framework baselines</source>
        <translation>
            <numerusform>%n framework baseline</numerusform>
            <numerusform>%n framework baselines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ranked</source>
        <translation>
            <numerusform>%n ranked</numerusform>
            <numerusform>%n ranked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the criteria scored</source>
        <translation>
            <numerusform>%n of the criteria scored</numerusform>
            <numerusform>%n of the criteria scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{characters} and %n more</source>
        <translation>
            <numerusform>{characters} and %n more</numerusform>
            <numerusform>{characters} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more rows</source>
        <translation>
            <numerusform>and %n more row</numerusform>
            <numerusform>and %n more rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirements</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risks</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls</source>
        <translation>
            <numerusform>%n control</numerusform>
            <numerusform>%n controls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n requirements</source>
        <translation>
            <numerusform>Import %n requirement</numerusform>
            <numerusform>Import %n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likelihood {likelihood}, impact {impact}: %n risks</source>
        <translation>
            <numerusform>Likelihood {likelihood}, impact {impact}: %n risk</numerusform>
            <numerusform>Likelihood {likelihood}, impact {impact}: %n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risks, worst residual score {score}</source>
        <translation>
            <numerusform>%n risk, worst residual score {score}</numerusform>
            <numerusform>%n risks, worst residual score {score}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n controls run here</source>
        <translation>
            <numerusform>%n control runs here</numerusform>
            <numerusform>%n controls run here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {version} was approved on {date}, more than %n months ago.</source>
        <translation>
            <numerusform>Version {version} was approved on {date}, more than %n month ago.</numerusform>
            <numerusform>Version {version} was approved on {date}, more than %n months ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps added</source>
        <translation>
            <numerusform>%n step added</numerusform>
            <numerusform>%n steps added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps removed</source>
        <translation>
            <numerusform>%n step removed</numerusform>
            <numerusform>%n steps removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows added</source>
        <translation>
            <numerusform>%n flow added</numerusform>
            <numerusform>%n flows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows removed</source>
        <translation>
            <numerusform>%n flow removed</numerusform>
            <numerusform>%n flows removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows rewired</source>
        <translation>
            <numerusform>%n flow rewired</numerusform>
            <numerusform>%n flows rewired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI values recorded or corrected</source>
        <translation>
            <numerusform>%n KPI value recorded or corrected</numerusform>
            <numerusform>%n KPI values recorded or corrected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other changes</source>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n releases</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-offs</source>
        <translation>
            <numerusform>%n sign-off</numerusform>
            <numerusform>%n sign-offs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The diagrams have %n errors:</source>
        <translation>
            <numerusform>The diagrams have %n error:</numerusform>
            <numerusform>The diagrams have %n errors:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes are overdue for review: {names}</source>
        <translation>
            <numerusform>%n process is overdue for review: {names}</numerusform>
            <numerusform>%n processes are overdue for review: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step} has %n accountable roles: {roles}</source>
        <translation>
            <numerusform>{step} has %n accountable role: {roles}</numerusform>
            <numerusform>{step} has %n accountable roles: {roles}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) changed</source>
        <translation>
            <numerusform>%n element changed</numerusform>
            <numerusform>%n elements changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n whys</source>
        <translation>
            <numerusform>%n why</numerusform>
            <numerusform>%n whys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cause categories</source>
        <translation>
            <numerusform>%n cause category</numerusform>
            <numerusform>%n cause categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n causes</source>
        <translation>
            <numerusform>%n cause</numerusform>
            <numerusform>%n causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SOPs follow</source>
        <translation>
            <numerusform>%n SOP follows</numerusform>
            <numerusform>%n SOPs follow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n landscape placements</source>
        <translation>
            <numerusform>%n landscape placement</numerusform>
            <numerusform>%n landscape placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process links</source>
        <translation>
            <numerusform>%n process link</numerusform>
            <numerusform>%n process links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open weak points</source>
        <translation>
            <numerusform>%n open weak point</numerusform>
            <numerusform>%n open weak points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-processes: double-click to show them</source>
        <translation>
            <numerusform>%n sub-process: double-click to show it</numerusform>
            <numerusform>%n sub-processes: double-click to show them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved references</source>
        <translation>
            <numerusform>%n unresolved reference</numerusform>
            <numerusform>%n unresolved references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upstream (%n): {names}</source>
        <translation>
            <numerusform>Upstream (%n): {names}</numerusform>
            <numerusform>Upstream (%n): {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downstream (%n): {names}</source>
        <translation>
            <numerusform>Downstream (%n): {names}</numerusform>
            <numerusform>Downstream (%n): {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unresolved references (%n)</source>
        <translation>
            <numerusform>Unresolved references (%n)</numerusform>
            <numerusform>Unresolved references (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maturity models</source>
        <translation>
            <numerusform>%n maturity model</numerusform>
            <numerusform>%n maturity models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maturity assessments</source>
        <translation>
            <numerusform>%n maturity assessment</numerusform>
            <numerusform>%n maturity assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links to evidence</source>
        <translation>
            <numerusform>%n link to evidence</numerusform>
            <numerusform>%n links to evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target profiles</source>
        <translation>
            <numerusform>%n target profile</numerusform>
            <numerusform>%n target profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create weak points for %n maturity gaps</source>
        <translation>
            <numerusform>Create weak point for %n maturity gap</numerusform>
            <numerusform>Create weak points for %n maturity gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create initiatives for %n maturity gaps</source>
        <translation>
            <numerusform>Create initiative for %n maturity gap</numerusform>
            <numerusform>Create initiatives for %n maturity gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gap: %n levels</source>
        <translation>
            <numerusform>gap: %n level</numerusform>
            <numerusform>gap: %n levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPIs are named '{name}': add a process column or use the KPI id</source>
        <translation>
            <numerusform>%n KPI is named '{name}': add a process column or use the KPI id</numerusform>
            <numerusform>%n KPIs are named '{name}': add a process column or use the KPI id</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes are named '{name}'</source>
        <translation>
            <numerusform>%n process is named '{name}'</numerusform>
            <numerusform>%n processes are named '{name}'</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No value since {period} (%n periods)</source>
        <translation>
            <numerusform>No value since {period} (%n period)</numerusform>
            <numerusform>No value since {period} (%n periods)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurements imported</source>
        <translation>
            <numerusform>%n measurement imported</numerusform>
            <numerusform>%n measurements imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods with a value</source>
        <translation>
            <numerusform>%n period with a value</numerusform>
            <numerusform>%n periods with a value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurements to add</source>
        <translation>
            <numerusform>%n measurement to add</numerusform>
            <numerusform>%n measurements to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the workspace</source>
        <translation>
            <numerusform>%n already in the workspace</numerusform>
            <numerusform>%n already in the workspace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak points created for maturity gaps</source>
        <translation>
            <numerusform>%n weak point created for maturity gaps</numerusform>
            <numerusform>%n weak points created for maturity gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below target</source>
        <translation>
            <numerusform>%n below target</numerusform>
            <numerusform>%n below target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiatives created for maturity gaps</source>
        <translation>
            <numerusform>%n initiative created for maturity gaps</numerusform>
            <numerusform>%n initiatives created for maturity gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local changes to check in:</source>
        <translation>
            <numerusform>%n local change to check in:</numerusform>
            <numerusform>%n local changes to check in:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n elements were changed here and in the repository in ways that do not merge. Nothing was changed on either side. Choose, for each, whose version counts:</source>
        <translation>
            <numerusform>%n element was changed here and in the repository in ways that do not merge. Nothing was changed on either side. Choose whose version counts:</numerusform>
            <numerusform>%n elements were changed here and in the repository in ways that do not merge. Nothing was changed on either side. Choose, for each, whose version counts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked out at revision {revision}: %n processes</source>
        <translation>
            <numerusform>Checked out at revision {revision}: %n process</numerusform>
            <numerusform>Checked out at revision {revision}: %n processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated to revision {revision}: %n changes</source>
        <translation>
            <numerusform>Updated to revision {revision}: %n change</numerusform>
            <numerusform>Updated to revision {revision}: %n changes</numerusform>
        </translation>
    </message>
</context>
</TS>