/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["ofsted-timeline Barnet"] = 
`
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for London Borough of Barnet" class="chart" height="368" part="chart" role="group" viewBox="0 0 640 368" width="640">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="616" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="68"/>
    <rect class="band band-even" height="46" width="616" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="628" y1="342" y2="342"/>
    <line class="gridline" x1="22" x2="22" y1="22" y2="342"/>
    <line class="tick" x1="22" x2="22" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="start" x="22" y="359.7">
      2012
    </text>
    <line class="gridline" x1="113.7" x2="113.7" y1="22" y2="342"/>
    <line class="tick" x1="113.7" x2="113.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="113.7" y="359.7">
      2014
    </text>
    <line class="gridline" x1="205.4" x2="205.4" y1="22" y2="342"/>
    <line class="tick" x1="205.4" x2="205.4" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="205.4" y="359.7">
      2016
    </text>
    <line class="gridline" x1="297.1" x2="297.1" y1="22" y2="342"/>
    <line class="tick" x1="297.1" x2="297.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="297.1" y="359.7">
      2018
    </text>
    <line class="gridline" x1="388.7" x2="388.7" y1="22" y2="342"/>
    <line class="tick" x1="388.7" x2="388.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="388.7" y="359.7">
      2020
    </text>
    <line class="gridline" x1="480.5" x2="480.5" y1="22" y2="342"/>
    <line class="tick" x1="480.5" x2="480.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="480.5" y="359.7">
      2022
    </text>
    <line class="gridline" x1="572.1" x2="572.1" y1="22" y2="342"/>
    <line class="tick" x1="572.1" x2="572.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="572.1" y="359.7">
      2024
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M267.1,193L360.2,101L592.6,101"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="289.3" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement to be good
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="628" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="336.7" y="244.4"/>
    <text class="lanes-label" text-anchor="end" x="624" y="258.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M172.6,169.8H271.1V185H172.6ZM340.5,77.8H379.9V93H340.5ZM572.9,77.8H612.3V93H572.9Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade; it judged safeguarding Good and looked after children Good." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
      <circle class="hit-area" cx="27.7" cy="230" r="12"/>
      <circle class="focus-ring" cx="27.7" cy="230" r="10.5"/>
      <circle class="focus-outline" cx="27.7" cy="230" r="14"/>
      <path class="marker" d="M22.2,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 25 April to 18 May 2017: Single Inspection Framework (SIF) inspection. Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="267.1" cy="193" r="12"/>
      <path class="marker" d="M260.1,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="end" x="271.1" y="181.5">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, August 2017: Commissioner for Children’s Services appointed." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-appointed-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="279.8" cy="230" r="12"/>
      <path class="marker" d="M279.8,222.9L287,230L279.8,237.2L272.7,230Z"/>
    </g>
    <g aria-label="Milestone, October 2017: Improvement Action Plan submitted to Ofsted." aria-selected="false" class="event kind-milestone ungraded" data-event-id="improvement-plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="287.5" cy="254" r="12"/>
      <path class="marker" d="M287.5,246.9L294.6,254L287.5,261.2L280.3,254Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 November 2017: First monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2017-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="291.2" cy="278" r="12"/>
      <path class="marker" d="M285.7,278a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Milestone, 8 December 2017: Commissioner’s report submitted to ministers." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-report-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="294.1" cy="302" r="12"/>
      <path class="marker" d="M294.1,294.9L301.3,302L294.1,309.2L287,302Z"/>
    </g>
    <g aria-label="Monitoring visit, January 2018: Second monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-01" role="option" tabindex="-1">
      <circle class="hit-area" cx="299" cy="326" r="12"/>
      <path class="marker" d="M293.5,326a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, 25 and 26 April 2018: Third monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-04" role="option" tabindex="-1">
      <circle class="hit-area" cx="311.5" cy="230" r="12"/>
      <path class="marker" d="M306,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, July and August 2018 (date inferred): Fourth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-07" role="option" tabindex="-1">
      <circle class="hit-area" cx="323.7" cy="254" r="12"/>
      <path class="marker" d="M318.2,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, November 2018: Fifth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="337.1" cy="230" r="12"/>
      <path class="marker" d="M331.6,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="360.2" cy="101" r="12"/>
      <path class="marker" d="M353.2,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="360.2" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 23 and 24 June 2021 (date inferred): Focused visit (children in care)." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="456.5" cy="230" r="12"/>
      <path class="marker" d="M456.5,223.4L463.1,235.5L449.9,235.5Z"/>
    </g>
    <g aria-label="Inspection, 10 to 14 June 2024: Inspection of local authority children’s services (ILACS, short). Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="592.6" cy="101" r="12"/>
      <path class="marker" d="M585.6,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="592.6" y="89.5">
        Good
      </text>
    </g>
  </g>
</svg>
`;
/* end snapshot ofsted-timeline Barnet */

snapshots["ofsted-timeline FictionalAllGrades"] = 
`
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for Northwick (fictional council)" class="chart" height="312" part="chart" role="group" viewBox="0 0 640 312" width="640">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="616" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="68"/>
    <rect class="band band-even" height="46" width="616" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="628" y1="286" y2="286"/>
    <line class="gridline" x1="64.5" x2="64.5" y1="22" y2="286"/>
    <line class="tick" x1="64.5" x2="64.5" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="64.5" y="303.7">
      2012
    </text>
    <line class="gridline" x1="149.7" x2="149.7" y1="22" y2="286"/>
    <line class="tick" x1="149.7" x2="149.7" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="149.7" y="303.7">
      2014
    </text>
    <line class="gridline" x1="234.8" x2="234.8" y1="22" y2="286"/>
    <line class="tick" x1="234.8" x2="234.8" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="234.8" y="303.7">
      2016
    </text>
    <line class="gridline" x1="320" x2="320" y1="22" y2="286"/>
    <line class="tick" x1="320" x2="320" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="320" y="303.7">
      2018
    </text>
    <line class="gridline" x1="405.1" x2="405.1" y1="22" y2="286"/>
    <line class="tick" x1="405.1" x2="405.1" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="405.1" y="303.7">
      2020
    </text>
    <line class="gridline" x1="490.3" x2="490.3" y1="22" y2="286"/>
    <line class="tick" x1="490.3" x2="490.3" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="490.3" y="303.7">
      2022
    </text>
    <line class="gridline" x1="575.3" x2="575.3" y1="22" y2="286"/>
    <line class="tick" x1="575.3" x2="575.3" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="575.3" y="303.7">
      2024
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M155,147L291.5,193L381.1,101L583.4,55"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="289.3" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement to be good
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="628" y1="222" y2="222"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="14" y="260.4"/>
    <text class="lanes-label" text-anchor="start" x="16" y="274.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M55.4,93.5H254.6V108.7H55.4ZM242.3,204.5H340.7V219.7H242.3ZM361.4,77.8H400.8V93H361.4ZM479.1,31.8H587.4V47H479.1Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, March 2011: Fictional inspection with an unknown overall grade. Overall effectiveness: Not known." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2011" role="option" tabindex="0">
      <circle class="hit-area" cx="30.7" cy="246" r="12"/>
      <circle class="focus-ring" cx="30.7" cy="246" r="10.5"/>
      <circle class="focus-outline" cx="30.7" cy="246" r="14"/>
      <path class="marker" d="M25.2,240.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 3 to 26 February 2014: Fictional SIF inspection. Overall effectiveness: Requires improvement to be good, with children looked after and achieving permanence judged Good." aria-selected="false" class="event kind-inspection graded grade-requires-improvement" data-event-id="inspection-2014" role="option" tabindex="-1">
      <circle class="hit-area" cx="155" cy="147" r="12"/>
      <path class="marker" d="M148,147a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="155" y="105.2">
        Requires improvement
      </text>
    </g>
    <g aria-label="Joint targeted area inspection, October 2016: Fictional joint targeted area inspection." aria-selected="false" class="event kind-joint-targeted-area-inspection ungraded" data-event-id="jtai-2016" role="option" tabindex="-1">
      <circle class="hit-area" cx="268.5" cy="246" r="12"/>
      <path class="marker" d="M263,240.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, April and May 2017: Fictional SIF inspection. Overall effectiveness: Inadequate." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="291.5" cy="193" r="12"/>
      <path class="marker" d="M284.5,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="291.5" y="216.2">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, September 2017: Fictional improvement plan." aria-selected="false" class="event kind-milestone ungraded" data-event-id="plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="307.5" cy="246" r="12"/>
      <path class="marker" d="M307.5,238.9L314.7,246L307.5,253.2L300.4,246Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 February 2018 (date inferred): Fictional monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018" role="option" tabindex="-1">
      <circle class="hit-area" cx="325.2" cy="270" r="12"/>
      <path class="marker" d="M319.7,270a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 3 to 14 June 2019: Fictional ILACS inspection. Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="381.1" cy="101" r="12"/>
      <path class="marker" d="M374.1,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="381.1" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 22 June 2021: Fictional focused visit." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="467.8" cy="246" r="12"/>
      <path class="marker" d="M467.8,239.4L474.4,251.5L461.2,251.5Z"/>
    </g>
    <g aria-label="Inspection, 4 to 15 March 2024: Fictional ILACS inspection with five judgements. Overall effectiveness: Outstanding, with the experiences and progress of children who need help and protection judged Good and the experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-outstanding" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="583.4" cy="55" r="12"/>
      <path class="marker" d="M576.4,55a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="end" x="587.4" y="43.5">
        Outstanding
      </text>
    </g>
  </g>
</svg>
`;
/* end snapshot ofsted-timeline FictionalAllGrades */

snapshots["ofsted-timeline Dark"] = 
`
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for London Borough of Barnet" class="chart" height="368" part="chart" role="group" viewBox="0 0 608 368" width="608">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="584" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="584" x="12" y="68"/>
    <rect class="band band-even" height="46" width="584" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="584" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="596" y1="342" y2="342"/>
    <line class="gridline" x1="22" x2="22" y1="22" y2="342"/>
    <line class="tick" x1="22" x2="22" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="start" x="22" y="359.7">
      2012
    </text>
    <line class="gridline" x1="108.8" x2="108.8" y1="22" y2="342"/>
    <line class="tick" x1="108.8" x2="108.8" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="108.8" y="359.7">
      2014
    </text>
    <line class="gridline" x1="195.5" x2="195.5" y1="22" y2="342"/>
    <line class="tick" x1="195.5" x2="195.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="195.5" y="359.7">
      2016
    </text>
    <line class="gridline" x1="282.3" x2="282.3" y1="22" y2="342"/>
    <line class="tick" x1="282.3" x2="282.3" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="282.3" y="359.7">
      2018
    </text>
    <line class="gridline" x1="369" x2="369" y1="22" y2="342"/>
    <line class="tick" x1="369" x2="369" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="369" y="359.7">
      2020
    </text>
    <line class="gridline" x1="455.8" x2="455.8" y1="22" y2="342"/>
    <line class="tick" x1="455.8" x2="455.8" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="455.8" y="359.7">
      2022
    </text>
    <line class="gridline" x1="542.5" x2="542.5" y1="22" y2="342"/>
    <line class="tick" x1="542.5" x2="542.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="542.5" y="359.7">
      2024
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M253.9,193L342.1,101L562,101"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="289.3" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement to be good
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="596" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="304.7" y="268.4"/>
    <text class="lanes-label" text-anchor="end" x="592" y="282.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M159.5,169.8H257.9V185H159.5ZM322.4,77.8H361.8V93H322.4ZM542.3,77.8H581.6V93H542.3Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade; it judged safeguarding Good and looked after children Good." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
      <circle class="hit-area" cx="27.4" cy="230" r="12"/>
      <circle class="focus-ring" cx="27.4" cy="230" r="10.5"/>
      <circle class="focus-outline" cx="27.4" cy="230" r="14"/>
      <path class="marker" d="M21.9,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 25 April to 18 May 2017: Single Inspection Framework (SIF) inspection. Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="253.9" cy="193" r="12"/>
      <path class="marker" d="M246.9,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="end" x="257.9" y="181.5">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, August 2017: Commissioner for Children’s Services appointed." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-appointed-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="266" cy="230" r="12"/>
      <path class="marker" d="M266,222.9L273.1,230L266,237.2L258.8,230Z"/>
    </g>
    <g aria-label="Milestone, October 2017: Improvement Action Plan submitted to Ofsted." aria-selected="false" class="event kind-milestone ungraded" data-event-id="improvement-plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="273.2" cy="254" r="12"/>
      <path class="marker" d="M273.2,246.9L280.4,254L273.2,261.2L266.1,254Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 November 2017: First monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2017-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="276.7" cy="278" r="12"/>
      <path class="marker" d="M271.2,278a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Milestone, 8 December 2017: Commissioner’s report submitted to ministers." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-report-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="279.5" cy="302" r="12"/>
      <path class="marker" d="M279.5,294.9L286.7,302L279.5,309.2L272.4,302Z"/>
    </g>
    <g aria-label="Monitoring visit, January 2018: Second monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-01" role="option" tabindex="-1">
      <circle class="hit-area" cx="284.2" cy="326" r="12"/>
      <path class="marker" d="M278.7,326a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, 25 and 26 April 2018: Third monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-04" role="option" tabindex="-1">
      <circle class="hit-area" cx="296" cy="230" r="12"/>
      <path class="marker" d="M290.5,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, July and August 2018 (date inferred): Fourth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-07" role="option" tabindex="-1">
      <circle class="hit-area" cx="307.5" cy="254" r="12"/>
      <path class="marker" d="M302,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, November 2018: Fifth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="320.2" cy="230" r="12"/>
      <path class="marker" d="M314.7,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="342.1" cy="101" r="12"/>
      <path class="marker" d="M335.1,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="342.1" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 23 and 24 June 2021 (date inferred): Focused visit (children in care)." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="433.2" cy="230" r="12"/>
      <path class="marker" d="M433.2,223.4L439.8,235.5L426.6,235.5Z"/>
    </g>
    <g aria-label="Inspection, 10 to 14 June 2024: Inspection of local authority children’s services (ILACS, short). Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="562" cy="101" r="12"/>
      <path class="marker" d="M555,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="562" y="89.5">
        Good
      </text>
    </g>
  </g>
</svg>
`;
/* end snapshot ofsted-timeline Dark */

snapshots["ofsted-timeline DarkOnALightPage"] = 
`
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for London Borough of Barnet" class="chart" height="368" part="chart" role="group" viewBox="0 0 608 368" width="608">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="584" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="584" x="12" y="68"/>
    <rect class="band band-even" height="46" width="584" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="584" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="596" y1="342" y2="342"/>
    <line class="gridline" x1="22" x2="22" y1="22" y2="342"/>
    <line class="tick" x1="22" x2="22" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="start" x="22" y="359.7">
      2012
    </text>
    <line class="gridline" x1="108.8" x2="108.8" y1="22" y2="342"/>
    <line class="tick" x1="108.8" x2="108.8" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="108.8" y="359.7">
      2014
    </text>
    <line class="gridline" x1="195.5" x2="195.5" y1="22" y2="342"/>
    <line class="tick" x1="195.5" x2="195.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="195.5" y="359.7">
      2016
    </text>
    <line class="gridline" x1="282.3" x2="282.3" y1="22" y2="342"/>
    <line class="tick" x1="282.3" x2="282.3" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="282.3" y="359.7">
      2018
    </text>
    <line class="gridline" x1="369" x2="369" y1="22" y2="342"/>
    <line class="tick" x1="369" x2="369" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="369" y="359.7">
      2020
    </text>
    <line class="gridline" x1="455.8" x2="455.8" y1="22" y2="342"/>
    <line class="tick" x1="455.8" x2="455.8" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="455.8" y="359.7">
      2022
    </text>
    <line class="gridline" x1="542.5" x2="542.5" y1="22" y2="342"/>
    <line class="tick" x1="542.5" x2="542.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="542.5" y="359.7">
      2024
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M253.9,193L342.1,101L562,101"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="289.3" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement to be good
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="596" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="304.7" y="268.4"/>
    <text class="lanes-label" text-anchor="end" x="592" y="282.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M159.5,169.8H257.9V185H159.5ZM322.4,77.8H361.8V93H322.4ZM542.3,77.8H581.6V93H542.3Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade; it judged safeguarding Good and looked after children Good." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
      <circle class="hit-area" cx="27.4" cy="230" r="12"/>
      <circle class="focus-ring" cx="27.4" cy="230" r="10.5"/>
      <circle class="focus-outline" cx="27.4" cy="230" r="14"/>
      <path class="marker" d="M21.9,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 25 April to 18 May 2017: Single Inspection Framework (SIF) inspection. Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="253.9" cy="193" r="12"/>
      <path class="marker" d="M246.9,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="end" x="257.9" y="181.5">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, August 2017: Commissioner for Children’s Services appointed." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-appointed-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="266" cy="230" r="12"/>
      <path class="marker" d="M266,222.9L273.1,230L266,237.2L258.8,230Z"/>
    </g>
    <g aria-label="Milestone, October 2017: Improvement Action Plan submitted to Ofsted." aria-selected="false" class="event kind-milestone ungraded" data-event-id="improvement-plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="273.2" cy="254" r="12"/>
      <path class="marker" d="M273.2,246.9L280.4,254L273.2,261.2L266.1,254Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 November 2017: First monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2017-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="276.7" cy="278" r="12"/>
      <path class="marker" d="M271.2,278a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Milestone, 8 December 2017: Commissioner’s report submitted to ministers." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-report-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="279.5" cy="302" r="12"/>
      <path class="marker" d="M279.5,294.9L286.7,302L279.5,309.2L272.4,302Z"/>
    </g>
    <g aria-label="Monitoring visit, January 2018: Second monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-01" role="option" tabindex="-1">
      <circle class="hit-area" cx="284.2" cy="326" r="12"/>
      <path class="marker" d="M278.7,326a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, 25 and 26 April 2018: Third monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-04" role="option" tabindex="-1">
      <circle class="hit-area" cx="296" cy="230" r="12"/>
      <path class="marker" d="M290.5,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, July and August 2018 (date inferred): Fourth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-07" role="option" tabindex="-1">
      <circle class="hit-area" cx="307.5" cy="254" r="12"/>
      <path class="marker" d="M302,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, November 2018: Fifth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="320.2" cy="230" r="12"/>
      <path class="marker" d="M314.7,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="342.1" cy="101" r="12"/>
      <path class="marker" d="M335.1,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="342.1" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 23 and 24 June 2021 (date inferred): Focused visit (children in care)." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="433.2" cy="230" r="12"/>
      <path class="marker" d="M433.2,223.4L439.8,235.5L426.6,235.5Z"/>
    </g>
    <g aria-label="Inspection, 10 to 14 June 2024: Inspection of local authority children’s services (ILACS, short). Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="562" cy="101" r="12"/>
      <path class="marker" d="M555,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="562" y="89.5">
        Good
      </text>
    </g>
  </g>
</svg>
`;
/* end snapshot ofsted-timeline DarkOnALightPage */

snapshots["ofsted-timeline NarrowWidth"] = 
`
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for London Borough of Barnet" class="chart" height="408" part="chart" role="group" viewBox="0 0 320 408" width="320">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="296" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="296" x="12" y="68"/>
    <rect class="band band-even" height="46" width="296" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="296" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="308" y1="382" y2="382"/>
    <line class="gridline" x1="85.7" x2="85.7" y1="22" y2="382"/>
    <line class="tick" x1="85.7" x2="85.7" y1="382" y2="386"/>
    <text class="tick-label" text-anchor="middle" x="85.7" y="399.7">
      2015
    </text>
    <line class="gridline" x1="191.8" x2="191.8" y1="22" y2="382"/>
    <line class="tick" x1="191.8" x2="191.8" y1="382" y2="386"/>
    <text class="tick-label" text-anchor="middle" x="191.8" y="399.7">
      2020
    </text>
    <line class="gridline" x1="298" x2="298" y1="22" y2="382"/>
    <line class="tick" x1="298" x2="298" y1="382" y2="386"/>
    <text class="tick-label" text-anchor="end" x="298" y="399.7">
      2025
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M135.5,193L178.6,101L286.2,101"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="184.5" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="308" y1="222" y2="222"/>
    <rect class="lanes-label-bg" height="19.2" width="95.4" x="210.6" y="260.4"/>
    <text class="lanes-label" text-anchor="end" x="304" y="274.1">
      Not graded
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M86.3,204.5H184.7V219.7H86.3ZM158.9,77.8H198.3V93H158.9ZM266.5,77.8H305.9V93H266.5Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade; it judged safeguarding Good and looked after children Good." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
      <circle class="hit-area" cx="24.6" cy="246" r="12"/>
      <circle class="focus-ring" cx="24.6" cy="246" r="10.5"/>
      <circle class="focus-outline" cx="24.6" cy="246" r="14"/>
      <path class="marker" d="M19.1,240.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 25 April to 18 May 2017: Single Inspection Framework (SIF) inspection. Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="135.5" cy="193" r="12"/>
      <path class="marker" d="M128.5,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="135.5" y="216.2">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, August 2017: Commissioner for Children’s Services appointed." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-appointed-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="141.4" cy="246" r="12"/>
      <path class="marker" d="M141.4,238.9L148.6,246L141.4,253.2L134.3,246Z"/>
    </g>
    <g aria-label="Milestone, October 2017: Improvement Action Plan submitted to Ofsted." aria-selected="false" class="event kind-milestone ungraded" data-event-id="improvement-plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="144.9" cy="270" r="12"/>
      <path class="marker" d="M144.9,262.9L152.1,270L144.9,277.2L137.8,270Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 November 2017: First monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2017-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="146.7" cy="294" r="12"/>
      <path class="marker" d="M141.2,294a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Milestone, 8 December 2017: Commissioner’s report submitted to ministers." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-report-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="148" cy="318" r="12"/>
      <path class="marker" d="M148,310.9L155.2,318L148,325.2L140.9,318Z"/>
    </g>
    <g aria-label="Monitoring visit, January 2018: Second monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-01" role="option" tabindex="-1">
      <circle class="hit-area" cx="150.3" cy="342" r="12"/>
      <path class="marker" d="M144.8,342a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, 25 and 26 April 2018: Third monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-04" role="option" tabindex="-1">
      <circle class="hit-area" cx="156.1" cy="366" r="12"/>
      <path class="marker" d="M150.6,366a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, July and August 2018 (date inferred): Fourth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-07" role="option" tabindex="-1">
      <circle class="hit-area" cx="161.7" cy="246" r="12"/>
      <path class="marker" d="M156.2,246a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, November 2018: Fifth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="167.9" cy="270" r="12"/>
      <path class="marker" d="M162.4,270a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="178.6" cy="101" r="12"/>
      <path class="marker" d="M171.6,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="178.6" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 23 and 24 June 2021 (date inferred): Focused visit (children in care)." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="223.2" cy="246" r="12"/>
      <path class="marker" d="M223.2,239.4L229.8,251.5L216.6,251.5Z"/>
    </g>
    <g aria-label="Inspection, 10 to 14 June 2024: Inspection of local authority children’s services (ILACS, short). Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="286.2" cy="101" r="12"/>
      <path class="marker" d="M279.2,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="286.2" y="89.5">
        Good
      </text>
    </g>
  </g>
</svg>
`;
/* end snapshot ofsted-timeline NarrowWidth */

snapshots["ofsted-timeline Loading"] = 
` (no chart)
`;
/* end snapshot ofsted-timeline Loading */

snapshots["ofsted-timeline ErrorInvalidData"] = 
` (no chart)
`;
/* end snapshot ofsted-timeline ErrorInvalidData */

snapshots["ofsted-timeline ErrorUnknownAuthority"] = 
` (no chart)
`;
/* end snapshot ofsted-timeline ErrorUnknownAuthority */

snapshots["ofsted-timeline TableOpen"] = 
`
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for London Borough of Barnet" class="chart" height="368" part="chart" role="group" viewBox="0 0 640 368" width="640">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="616" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="68"/>
    <rect class="band band-even" height="46" width="616" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="628" y1="342" y2="342"/>
    <line class="gridline" x1="22" x2="22" y1="22" y2="342"/>
    <line class="tick" x1="22" x2="22" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="start" x="22" y="359.7">
      2012
    </text>
    <line class="gridline" x1="113.7" x2="113.7" y1="22" y2="342"/>
    <line class="tick" x1="113.7" x2="113.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="113.7" y="359.7">
      2014
    </text>
    <line class="gridline" x1="205.4" x2="205.4" y1="22" y2="342"/>
    <line class="tick" x1="205.4" x2="205.4" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="205.4" y="359.7">
      2016
    </text>
    <line class="gridline" x1="297.1" x2="297.1" y1="22" y2="342"/>
    <line class="tick" x1="297.1" x2="297.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="297.1" y="359.7">
      2018
    </text>
    <line class="gridline" x1="388.7" x2="388.7" y1="22" y2="342"/>
    <line class="tick" x1="388.7" x2="388.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="388.7" y="359.7">
      2020
    </text>
    <line class="gridline" x1="480.5" x2="480.5" y1="22" y2="342"/>
    <line class="tick" x1="480.5" x2="480.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="480.5" y="359.7">
      2022
    </text>
    <line class="gridline" x1="572.1" x2="572.1" y1="22" y2="342"/>
    <line class="tick" x1="572.1" x2="572.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="572.1" y="359.7">
      2024
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M267.1,193L360.2,101L592.6,101"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="289.3" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement to be good
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="628" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="336.7" y="244.4"/>
    <text class="lanes-label" text-anchor="end" x="624" y="258.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M172.6,169.8H271.1V185H172.6ZM340.5,77.8H379.9V93H340.5ZM572.9,77.8H612.3V93H572.9Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade; it judged safeguarding Good and looked after children Good." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
      <circle class="hit-area" cx="27.7" cy="230" r="12"/>
      <circle class="focus-ring" cx="27.7" cy="230" r="10.5"/>
      <circle class="focus-outline" cx="27.7" cy="230" r="14"/>
      <path class="marker" d="M22.2,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 25 April to 18 May 2017: Single Inspection Framework (SIF) inspection. Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="267.1" cy="193" r="12"/>
      <path class="marker" d="M260.1,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="end" x="271.1" y="181.5">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, August 2017: Commissioner for Children’s Services appointed." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-appointed-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="279.8" cy="230" r="12"/>
      <path class="marker" d="M279.8,222.9L287,230L279.8,237.2L272.7,230Z"/>
    </g>
    <g aria-label="Milestone, October 2017: Improvement Action Plan submitted to Ofsted." aria-selected="false" class="event kind-milestone ungraded" data-event-id="improvement-plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="287.5" cy="254" r="12"/>
      <path class="marker" d="M287.5,246.9L294.6,254L287.5,261.2L280.3,254Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 November 2017: First monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2017-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="291.2" cy="278" r="12"/>
      <path class="marker" d="M285.7,278a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Milestone, 8 December 2017: Commissioner’s report submitted to ministers." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-report-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="294.1" cy="302" r="12"/>
      <path class="marker" d="M294.1,294.9L301.3,302L294.1,309.2L287,302Z"/>
    </g>
    <g aria-label="Monitoring visit, January 2018: Second monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-01" role="option" tabindex="-1">
      <circle class="hit-area" cx="299" cy="326" r="12"/>
      <path class="marker" d="M293.5,326a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, 25 and 26 April 2018: Third monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-04" role="option" tabindex="-1">
      <circle class="hit-area" cx="311.5" cy="230" r="12"/>
      <path class="marker" d="M306,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, July and August 2018 (date inferred): Fourth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-07" role="option" tabindex="-1">
      <circle class="hit-area" cx="323.7" cy="254" r="12"/>
      <path class="marker" d="M318.2,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, November 2018: Fifth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="337.1" cy="230" r="12"/>
      <path class="marker" d="M331.6,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="360.2" cy="101" r="12"/>
      <path class="marker" d="M353.2,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="360.2" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 23 and 24 June 2021 (date inferred): Focused visit (children in care)." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="456.5" cy="230" r="12"/>
      <path class="marker" d="M456.5,223.4L463.1,235.5L449.9,235.5Z"/>
    </g>
    <g aria-label="Inspection, 10 to 14 June 2024: Inspection of local authority children’s services (ILACS, short). Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="592.6" cy="101" r="12"/>
      <path class="marker" d="M585.6,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="592.6" y="89.5">
        Good
      </text>
    </g>
  </g>
</svg>
`;
/* end snapshot ofsted-timeline TableOpen */

snapshots["ofsted-timeline SelectedEvent"] = 
`
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for London Borough of Barnet" class="chart" height="368" part="chart" role="group" viewBox="0 0 640 368" width="640">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="616" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="68"/>
    <rect class="band band-even" height="46" width="616" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="628" y1="342" y2="342"/>
    <line class="gridline" x1="22" x2="22" y1="22" y2="342"/>
    <line class="tick" x1="22" x2="22" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="start" x="22" y="359.7">
      2012
    </text>
    <line class="gridline" x1="113.7" x2="113.7" y1="22" y2="342"/>
    <line class="tick" x1="113.7" x2="113.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="113.7" y="359.7">
      2014
    </text>
    <line class="gridline" x1="205.4" x2="205.4" y1="22" y2="342"/>
    <line class="tick" x1="205.4" x2="205.4" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="205.4" y="359.7">
      2016
    </text>
    <line class="gridline" x1="297.1" x2="297.1" y1="22" y2="342"/>
    <line class="tick" x1="297.1" x2="297.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="297.1" y="359.7">
      2018
    </text>
    <line class="gridline" x1="388.7" x2="388.7" y1="22" y2="342"/>
    <line class="tick" x1="388.7" x2="388.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="388.7" y="359.7">
      2020
    </text>
    <line class="gridline" x1="480.5" x2="480.5" y1="22" y2="342"/>
    <line class="tick" x1="480.5" x2="480.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="480.5" y="359.7">
      2022
    </text>
    <line class="gridline" x1="572.1" x2="572.1" y1="22" y2="342"/>
    <line class="tick" x1="572.1" x2="572.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="572.1" y="359.7">
      2024
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M267.1,193L360.2,101L592.6,101"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="289.3" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement to be good
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="628" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="336.7" y="244.4"/>
    <text class="lanes-label" text-anchor="end" x="624" y="258.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M172.6,169.8H271.1V185H172.6ZM340.5,77.8H379.9V93H340.5ZM572.9,77.8H612.3V93H572.9Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade; it judged safeguarding Good and looked after children Good." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="-1">
      <circle class="hit-area" cx="27.7" cy="230" r="12"/>
      <path class="marker" d="M22.2,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 25 April to 18 May 2017: Single Inspection Framework (SIF) inspection. Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="267.1" cy="193" r="12"/>
      <path class="marker" d="M260.1,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="end" x="271.1" y="181.5">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, August 2017: Commissioner for Children’s Services appointed." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-appointed-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="279.8" cy="230" r="12"/>
      <path class="marker" d="M279.8,222.9L287,230L279.8,237.2L272.7,230Z"/>
    </g>
    <g aria-label="Milestone, October 2017: Improvement Action Plan submitted to Ofsted." aria-selected="false" class="event kind-milestone ungraded" data-event-id="improvement-plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="287.5" cy="254" r="12"/>
      <path class="marker" d="M287.5,246.9L294.6,254L287.5,261.2L280.3,254Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 November 2017: First monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2017-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="291.2" cy="278" r="12"/>
      <path class="marker" d="M285.7,278a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Milestone, 8 December 2017: Commissioner’s report submitted to ministers." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-report-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="294.1" cy="302" r="12"/>
      <path class="marker" d="M294.1,294.9L301.3,302L294.1,309.2L287,302Z"/>
    </g>
    <g aria-label="Monitoring visit, January 2018: Second monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-01" role="option" tabindex="-1">
      <circle class="hit-area" cx="299" cy="326" r="12"/>
      <path class="marker" d="M293.5,326a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, 25 and 26 April 2018: Third monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-04" role="option" tabindex="-1">
      <circle class="hit-area" cx="311.5" cy="230" r="12"/>
      <path class="marker" d="M306,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, July and August 2018 (date inferred): Fourth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-07" role="option" tabindex="-1">
      <circle class="hit-area" cx="323.7" cy="254" r="12"/>
      <path class="marker" d="M318.2,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, November 2018: Fifth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="337.1" cy="230" r="12"/>
      <path class="marker" d="M331.6,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good." aria-selected="true" class="event kind-inspection graded grade-good selected" data-event-id="inspection-2019" role="option" tabindex="0">
      <circle class="hit-area" cx="360.2" cy="101" r="12"/>
      <circle class="focus-ring" cx="360.2" cy="101" r="12"/>
      <circle class="focus-outline" cx="360.2" cy="101" r="15.5"/>
      <path class="marker" d="M353.2,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="360.2" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 23 and 24 June 2021 (date inferred): Focused visit (children in care)." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="456.5" cy="230" r="12"/>
      <path class="marker" d="M456.5,223.4L463.1,235.5L449.9,235.5Z"/>
    </g>
    <g aria-label="Inspection, 10 to 14 June 2024: Inspection of local authority children’s services (ILACS, short). Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="592.6" cy="101" r="12"/>
      <path class="marker" d="M585.6,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="592.6" y="89.5">
        Good
      </text>
    </g>
  </g>
</svg>
`;
/* end snapshot ofsted-timeline SelectedEvent */

snapshots["ofsted-scorecard Barnet"] = 
`
<ul aria-labelledby="title" class="judgements" part="judgements">
  <li class="row overall" data-area="overall-effectiveness" part="row overall">
    <div class="row-line">
      <span class="name">
        Overall effectiveness
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="leadership" part="row">
    <div class="row-line">
      <span class="name">
        The impact of leaders on social work practice with children and families
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="help-and-protection" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children who need help and protection
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="children-in-care" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children in care
      </span>
      <span class="grade">
        Outstanding
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell filled grade-outstanding"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Outstanding
      </span>
      <span class="previous-name">
        (
        2019: The experiences and progress of children in care and care leavers, the corresponding judgement then
        )
      </span>
    </p>
  </li>
  <li class="row" data-area="care-leavers" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of care leavers
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
      <span class="previous-name">
        (
        2019: The experiences and progress of children in care and care leavers, the corresponding judgement then
        )
      </span>
    </p>
  </li>
</ul>
`;
/* end snapshot ofsted-scorecard Barnet */

snapshots["ofsted-scorecard Dark"] = 
`
<ul aria-labelledby="title" class="judgements" part="judgements">
  <li class="row overall" data-area="overall-effectiveness" part="row overall">
    <div class="row-line">
      <span class="name">
        Overall effectiveness
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="leadership" part="row">
    <div class="row-line">
      <span class="name">
        The impact of leaders on social work practice with children and families
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="help-and-protection" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children who need help and protection
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="children-in-care" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children in care
      </span>
      <span class="grade">
        Outstanding
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell filled grade-outstanding"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Outstanding
      </span>
      <span class="previous-name">
        (
        2019: The experiences and progress of children in care and care leavers, the corresponding judgement then
        )
      </span>
    </p>
  </li>
  <li class="row" data-area="care-leavers" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of care leavers
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
      <span class="previous-name">
        (
        2019: The experiences and progress of children in care and care leavers, the corresponding judgement then
        )
      </span>
    </p>
  </li>
</ul>
`;
/* end snapshot ofsted-scorecard Dark */

snapshots["ofsted-scorecard Barnet2019"] = 
`
<ul aria-labelledby="title" class="judgements" part="judgements">
  <li class="row overall" data-area="overall-effectiveness" part="row overall">
    <div class="row-line">
      <span class="name">
        Overall effectiveness
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2017
        :
      </span>
      <span class="change-text">
        Inadequate
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="leadership" part="row">
    <div class="row-line">
      <span class="name">
        The impact of leaders on social work practice with children and families
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2017
        :
      </span>
      <span class="change-text">
        Inadequate
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Good
      </span>
      <span class="previous-name">
        (
        2017: Leadership, management and governance
        )
      </span>
    </p>
  </li>
  <li class="row" data-area="help-and-protection" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children who need help and protection
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2017
        :
      </span>
      <span class="change-text">
        Inadequate
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Good
      </span>
      <span class="previous-name">
        (
        2017: Children who need help and protection
        )
      </span>
    </p>
  </li>
  <li class="row" data-area="children-in-care-and-care-leavers" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children in care and care leavers
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2017
        :
      </span>
      <span class="change-text">
        Inadequate
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Good
      </span>
      <span class="previous-name">
        (
        2017: Children looked after and achieving permanence, the corresponding judgement then
        )
      </span>
    </p>
  </li>
</ul>
`;
/* end snapshot ofsted-scorecard Barnet2019 */

snapshots["ofsted-scorecard Barnet2017"] = 
`
<ul aria-labelledby="title" class="judgements" part="judgements">
  <li class="row overall" data-area="overall-effectiveness" part="row overall">
    <div class="row-line">
      <span class="name">
        Overall effectiveness
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
  </li>
  <li class="row" data-area="help-and-protection" part="row">
    <div class="row-line">
      <span class="name">
        Children who need help and protection
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
  </li>
  <li class="row" data-area="children-looked-after" part="row">
    <div class="row-line">
      <span class="name">
        Children looked after and achieving permanence
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
    <ul aria-label="Within Children looked after and achieving permanence" class="sub-judgements">
      <li class="row sub" data-area="adoption" part="row">
        <div class="row-line">
          <span class="name">
            Adoption performance
          </span>
          <span class="grade">
            Requires improvement to be good
          </span>
          <span aria-hidden="true" class="scale">
            <span class="cell"/>
            <span class="cell"/>
            <span class="cell filled grade-requires-improvement"/>
            <span class="cell"/>
          </span>
        </div>
        <p class="change change-none">
          <span class="change-text">
            No matching judgement in 2012
          </span>
        </p>
      </li>
      <li class="row sub" data-area="care-leavers" part="row">
        <div class="row-line">
          <span class="name">
            Experiences and progress of care leavers
          </span>
          <span class="grade">
            Requires improvement to be good
          </span>
          <span aria-hidden="true" class="scale">
            <span class="cell"/>
            <span class="cell"/>
            <span class="cell filled grade-requires-improvement"/>
            <span class="cell"/>
          </span>
        </div>
        <p class="change change-none">
          <span class="change-text">
            No matching judgement in 2012
          </span>
        </p>
      </li>
    </ul>
  </li>
  <li class="row" data-area="leadership" part="row">
    <div class="row-line">
      <span class="name">
        Leadership, management and governance
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
  </li>
  <li class="row" data-area="lscb" part="row">
    <div class="row-line">
      <span class="name">
        Review of the Local Safeguarding Children Board
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
  </li>
</ul>
`;
/* end snapshot ofsted-scorecard Barnet2017 */

snapshots["ofsted-scorecard FictionalAllGrades"] = 
`
<ul aria-labelledby="title" class="judgements" part="judgements">
  <li class="row overall" data-area="overall-effectiveness" part="row overall">
    <div class="row-line">
      <span class="name">
        Overall effectiveness
      </span>
      <span class="grade">
        Requires improvement to be good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-requires-improvement"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        2011 grade not known
      </span>
    </p>
  </li>
  <li class="row" data-area="help-and-protection" part="row">
    <div class="row-line">
      <span class="name">
        Children who need help and protection
      </span>
      <span class="grade">
        Requires improvement to be good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-requires-improvement"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2011
      </span>
    </p>
  </li>
  <li class="row" data-area="children-looked-after" part="row">
    <div class="row-line">
      <span class="name">
        Children looked after and achieving permanence
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2011
      </span>
    </p>
    <ul aria-label="Within Children looked after and achieving permanence" class="sub-judgements">
      <li class="row sub" data-area="adoption" part="row">
        <div class="row-line">
          <span class="name">
            Adoption performance
          </span>
          <span class="grade grade-not-known">
            Not known
          </span>
          <span aria-hidden="true" class="scale scale-not-known">
            <span class="cell"/>
            <span class="cell"/>
            <span class="cell"/>
            <span class="cell"/>
          </span>
        </div>
        <p class="change change-none">
          <span class="change-text">
            No matching judgement in 2011
          </span>
        </p>
      </li>
    </ul>
  </li>
  <li class="row" data-area="leadership" part="row">
    <div class="row-line">
      <span class="name">
        Leadership, management and governance
      </span>
      <span class="grade">
        Requires improvement to be good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-requires-improvement"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2011
      </span>
    </p>
  </li>
</ul>
`;
/* end snapshot ofsted-scorecard FictionalAllGrades */

snapshots["ofsted-scorecard FictionalFiveJudgements"] = 
`
<ul aria-labelledby="title" class="judgements" part="judgements">
  <li class="row overall" data-area="overall-effectiveness" part="row overall">
    <div class="row-line">
      <span class="name">
        Overall effectiveness
      </span>
      <span class="grade">
        Outstanding
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell filled grade-outstanding"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Outstanding
      </span>
    </p>
  </li>
  <li class="row" data-area="leadership" part="row">
    <div class="row-line">
      <span class="name">
        The impact of leaders on social work practice with children and families
      </span>
      <span class="grade">
        Outstanding
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell filled grade-outstanding"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Outstanding
      </span>
    </p>
  </li>
  <li class="row" data-area="help-and-protection" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children who need help and protection
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2019
      </span>
    </p>
  </li>
  <li class="row" data-area="children-in-care" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children in care
      </span>
      <span class="grade">
        Outstanding
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell filled grade-outstanding"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2019
      </span>
    </p>
  </li>
  <li class="row" data-area="care-leavers" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of care leavers
      </span>
      <span class="grade">
        Requires improvement to be good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-requires-improvement"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2019
      </span>
    </p>
  </li>
</ul>
`;
/* end snapshot ofsted-scorecard FictionalFiveJudgements */

snapshots["ofsted-scorecard NarrowWidth"] = 
`
<ul aria-labelledby="title" class="judgements" part="judgements">
  <li class="row overall" data-area="overall-effectiveness" part="row overall">
    <div class="row-line">
      <span class="name">
        Overall effectiveness
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
  </li>
  <li class="row" data-area="help-and-protection" part="row">
    <div class="row-line">
      <span class="name">
        Children who need help and protection
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
  </li>
  <li class="row" data-area="children-looked-after" part="row">
    <div class="row-line">
      <span class="name">
        Children looked after and achieving permanence
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
    <ul aria-label="Within Children looked after and achieving permanence" class="sub-judgements">
      <li class="row sub" data-area="adoption" part="row">
        <div class="row-line">
          <span class="name">
            Adoption performance
          </span>
          <span class="grade">
            Requires improvement to be good
          </span>
          <span aria-hidden="true" class="scale">
            <span class="cell"/>
            <span class="cell"/>
            <span class="cell filled grade-requires-improvement"/>
            <span class="cell"/>
          </span>
        </div>
        <p class="change change-none">
          <span class="change-text">
            No matching judgement in 2012
          </span>
        </p>
      </li>
      <li class="row sub" data-area="care-leavers" part="row">
        <div class="row-line">
          <span class="name">
            Experiences and progress of care leavers
          </span>
          <span class="grade">
            Requires improvement to be good
          </span>
          <span aria-hidden="true" class="scale">
            <span class="cell"/>
            <span class="cell"/>
            <span class="cell filled grade-requires-improvement"/>
            <span class="cell"/>
          </span>
        </div>
        <p class="change change-none">
          <span class="change-text">
            No matching judgement in 2012
          </span>
        </p>
      </li>
    </ul>
  </li>
  <li class="row" data-area="leadership" part="row">
    <div class="row-line">
      <span class="name">
        Leadership, management and governance
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
  </li>
  <li class="row" data-area="lscb" part="row">
    <div class="row-line">
      <span class="name">
        Review of the Local Safeguarding Children Board
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
  </li>
</ul>
`;
/* end snapshot ofsted-scorecard NarrowWidth */

snapshots["ofsted-scorecard ErrorInvalidData"] = 
` (no chart)
`;
/* end snapshot ofsted-scorecard ErrorInvalidData */

snapshots["ofsted-scorecard ErrorUnknownEvent"] = 
` (no chart)
`;
/* end snapshot ofsted-scorecard ErrorUnknownEvent */

snapshots["ofsted-breakdown Barnet"] = 
`
<ul aria-label="Findings by area" class="bars wide" data-width="640" part="chart" style="--label-width: 205px;">
  <li class="bar-item" data-area="leadership">
    <button aria-controls="id-2" aria-expanded="false" class="bar" id="id-1" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The impact of leaders on social work practice with children and families
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          18 strengths
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 80%;"/>
        <span class="segment kind-strength" style="left: 48%; width: 32%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 64%;">
          18
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-2" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="help-and-protection">
    <button aria-controls="id-4" aria-expanded="false" class="bar" id="id-3" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children who need help and protection
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          39 strengths and 7 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 80%;"/>
        <span class="segment kind-strength" style="left: 10.7%; width: 69.4%;"/>
        <span class="segment kind-improvement" style="left: 80%; width: 12.4%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 45.4%;">
          39
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 86.3%;">
          7
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-4" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="children-in-care">
    <button aria-controls="id-6" aria-expanded="false" class="bar" id="id-5" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children in care
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Outstanding
        </span>
        <span class="visually-hidden">
          :
          45 strengths and 1 area for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 80%;"/>
        <span class="segment kind-strength" style="left: 0%; width: 80%;"/>
        <span class="segment kind-improvement" style="left: 80%; width: 1.8%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 40%;">
          45
        </span>
        <span class="count anchor-start outside" data-kind="improvement" style="left: 82.6%;">
          <span class="swatch kind-improvement"/>
          1
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-6" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="care-leavers">
    <button aria-controls="id-8" aria-expanded="false" class="bar" id="id-7" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of care leavers
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          10 strengths and 5 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 80%;"/>
        <span class="segment kind-strength" style="left: 62.2%; width: 17.8%;"/>
        <span class="segment kind-improvement" style="left: 80%; width: 8.9%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 71.1%;">
          10
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 84.5%;">
          5
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-8" part="statements">
    </div>
  </li>
</ul>
`;
/* end snapshot ofsted-breakdown Barnet */

snapshots["ofsted-breakdown Dark"] = 
`
<ul aria-label="Findings by area" class="bars wide" data-width="608" part="chart" style="--label-width: 195px;">
  <li class="bar-item" data-area="leadership">
    <button aria-controls="id-2" aria-expanded="false" class="bar" id="id-1" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The impact of leaders on social work practice with children and families
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          18 strengths
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 79.7%;"/>
        <span class="segment kind-strength" style="left: 47.8%; width: 31.9%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 63.7%;">
          18
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-2" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="help-and-protection">
    <button aria-controls="id-4" aria-expanded="false" class="bar" id="id-3" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children who need help and protection
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          39 strengths and 7 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 79.7%;"/>
        <span class="segment kind-strength" style="left: 10.6%; width: 69%;"/>
        <span class="segment kind-improvement" style="left: 79.7%; width: 12.4%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 45.1%;">
          39
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 85.9%;">
          7
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-4" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="children-in-care">
    <button aria-controls="id-6" aria-expanded="false" class="bar" id="id-5" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children in care
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Outstanding
        </span>
        <span class="visually-hidden">
          :
          45 strengths and 1 area for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 79.7%;"/>
        <span class="segment kind-strength" style="left: 0%; width: 79.7%;"/>
        <span class="segment kind-improvement" style="left: 79.7%; width: 1.8%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 39.8%;">
          45
        </span>
        <span class="count anchor-start outside" data-kind="improvement" style="left: 82.2%;">
          <span class="swatch kind-improvement"/>
          1
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-6" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="care-leavers">
    <button aria-controls="id-8" aria-expanded="false" class="bar" id="id-7" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of care leavers
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          10 strengths and 5 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 79.7%;"/>
        <span class="segment kind-strength" style="left: 62%; width: 17.7%;"/>
        <span class="segment kind-improvement" style="left: 79.7%; width: 8.9%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 70.8%;">
          10
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 84.1%;">
          5
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-8" part="statements">
    </div>
  </li>
</ul>
`;
/* end snapshot ofsted-breakdown Dark */

snapshots["ofsted-breakdown Barnet2019"] = 
`
<ul aria-label="Findings by area" class="bars wide" data-width="640" part="chart" style="--label-width: 205px;">
  <li class="bar-item" data-area="leadership">
    <button aria-controls="id-2" aria-expanded="false" class="bar" id="id-1" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The impact of leaders on social work practice with children and families
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          16 strengths
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 88.4%;"/>
        <span class="segment kind-strength" style="left: 55.5%; width: 32.9%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 71.9%;">
          16
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-2" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="help-and-protection">
    <button aria-controls="id-4" aria-expanded="false" class="bar" id="id-3" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children who need help and protection
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          42 strengths and 1 area for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 88.4%;"/>
        <span class="segment kind-strength" style="left: 2.1%; width: 86.3%;"/>
        <span class="segment kind-improvement" style="left: 88.4%; width: 2.1%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 45.2%;">
          42
        </span>
        <span class="count anchor-start outside" data-kind="improvement" style="left: 91.2%;">
          <span class="swatch kind-improvement"/>
          1
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-4" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="children-in-care-and-care-leavers">
    <button aria-controls="id-6" aria-expanded="false" class="bar" id="id-5" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children in care and care leavers
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          43 strengths and 2 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 88.4%;"/>
        <span class="segment kind-strength" style="left: 0%; width: 88.4%;"/>
        <span class="segment kind-improvement" style="left: 88.4%; width: 4.1%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 44.2%;">
          43
        </span>
        <span class="count anchor-start outside" data-kind="improvement" style="left: 93.2%;">
          <span class="swatch kind-improvement"/>
          2
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-6" part="statements">
    </div>
  </li>
</ul>
`;
/* end snapshot ofsted-breakdown Barnet2019 */

snapshots["ofsted-breakdown BarnetFocusedVisit2021"] = 
` (no chart)
`;
/* end snapshot ofsted-breakdown BarnetFocusedVisit2021 */

snapshots["ofsted-breakdown FilteredToRecommendations"] = 
` (no chart)
`;
/* end snapshot ofsted-breakdown FilteredToRecommendations */

snapshots["ofsted-breakdown FictionalAllGrades"] = 
` (no chart)
`;
/* end snapshot ofsted-breakdown FictionalAllGrades */

snapshots["ofsted-breakdown FictionalManyFindings"] = 
`
<ul aria-label="Findings by area" class="bars wide" data-width="640" part="chart" style="--label-width: 205px;">
  <li class="bar-item" data-area="leadership">
    <button aria-controls="id-2" aria-expanded="false" class="bar" id="id-1" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The impact of leaders on social work practice with children and families
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          3 strengths and 1 area for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 64.9%;"/>
        <span class="segment kind-strength" style="left: 58%; width: 6.9%;"/>
        <span class="segment kind-improvement" style="left: 64.9%; width: 2.3%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 61.5%;">
          3
        </span>
        <span class="count anchor-start outside" data-kind="improvement" style="left: 68%;">
          <span class="swatch kind-improvement"/>
          1
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-2" part="statements">
      <ul aria-busy="false" class="statement-list">
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 1 about leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 2 about leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 3 about leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 1 about leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
      </ul>
    </div>
  </li>
  <li class="bar-item" data-area="help-and-protection">
    <button aria-controls="id-4" aria-expanded="false" class="bar" id="id-3" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children who need help and protection
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Outstanding
        </span>
        <span class="visually-hidden">
          :
          25 strengths
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 64.9%;"/>
        <span class="segment kind-strength" style="left: 7.5%; width: 57.4%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 36.2%;">
          25
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-4" part="statements">
      <ul aria-busy="false" class="statement-list">
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 1 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 2 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 3 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 4 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 5 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 6 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 7 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 8 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 9 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 10 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 11 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 12 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 13 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 14 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 15 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 16 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 17 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 18 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 19 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 20 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 21 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 22 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 23 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 24 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 25 about help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
      </ul>
    </div>
  </li>
  <li class="bar-item" data-area="care-leavers">
    <button aria-controls="id-6" aria-expanded="false" class="bar" id="id-5" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of care leavers
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Requires improvement to be good
        </span>
        <span class="visually-hidden">
          :
          12 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 64.9%;"/>
        <span class="segment kind-improvement" style="left: 64.9%; width: 27.6%;"/>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 78.7%;">
          12
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-6" part="statements">
      <ul aria-busy="false" class="statement-list">
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 1 about care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 2 about care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 3 about care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 4 about care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 5 about care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 6 about care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 7 about care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 8 about care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 9 about care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 10 about care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 11 about care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional improvement 12 about care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
      </ul>
    </div>
  </li>
  <li class="bar-item" data-area="adoption-support">
    <button aria-controls="id-8" aria-expanded="false" class="bar" id="id-7" part="bar">
      <span class="bar-name">
        <span class="area-name">
          Adoption support
        </span>
        <span class="visually-hidden">
          :
          2 strengths
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 64.9%;"/>
        <span class="segment kind-strength" style="left: 60.3%; width: 4.6%;"/>
        <span class="count anchor-end outside" data-kind="strength" style="left: 59.6%;">
          <span class="swatch kind-strength"/>
          2
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-8" part="statements">
      <ul aria-busy="false" class="statement-list">
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
            <span class="inferred">
              (area assigned by the data's editors)
            </span>
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 1 about adoption-support.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
            <span class="inferred">
              (area assigned by the data's editors)
            </span>
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 2 about adoption-support.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
      </ul>
    </div>
  </li>
  <li class="bar-item" data-area="(none)">
    <button aria-controls="id-10" aria-expanded="false" class="bar" id="id-9" part="bar">
      <span class="bar-name">
        <span class="area-name">
          Not tied to one judgement
        </span>
        <span class="visually-hidden">
          :
          1 strength
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 64.9%;"/>
        <span class="segment kind-strength" style="left: 62.6%; width: 2.3%;"/>
        <span class="count anchor-end outside" data-kind="strength" style="left: 61.9%;">
          <span class="swatch kind-strength"/>
          1
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-10" part="statements">
      <ul aria-busy="false" class="statement-list">
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 1 about no one area.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <span>
              Fictional notes (invented for testing; not a real document)
            </span>
            <span class="source-about">
              (
              ofsted-widgets test fixtures
              )
            </span>
          </p>
        </li>
      </ul>
    </div>
  </li>
</ul>
`;
/* end snapshot ofsted-breakdown FictionalManyFindings */

snapshots["ofsted-breakdown EmptyFindings"] = 
` (no chart)
`;
/* end snapshot ofsted-breakdown EmptyFindings */

snapshots["ofsted-breakdown NarrowWidth"] = 
`
<ul aria-label="Findings by area" class="bars narrow" data-width="320" part="chart" style="--label-width: 0px;">
  <li class="bar-item" data-area="leadership">
    <button aria-controls="id-2" aria-expanded="false" class="bar" id="id-1" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The impact of leaders on social work practice with children and families
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          16 strengths
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 85.9%;"/>
        <span class="segment kind-strength" style="left: 53.9%; width: 32%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 69.9%;">
          16
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-2" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="help-and-protection">
    <button aria-controls="id-4" aria-expanded="false" class="bar" id="id-3" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children who need help and protection
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          42 strengths and 1 area for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 85.9%;"/>
        <span class="segment kind-strength" style="left: 2%; width: 83.9%;"/>
        <span class="segment kind-improvement" style="left: 85.9%; width: 2%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 44%;">
          42
        </span>
        <span class="count anchor-start outside" data-kind="improvement" style="left: 88.9%;">
          <span class="swatch kind-improvement"/>
          1
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-4" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="children-in-care-and-care-leavers">
    <button aria-controls="id-6" aria-expanded="false" class="bar" id="id-5" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children in care and care leavers
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          43 strengths and 2 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 85.9%;"/>
        <span class="segment kind-strength" style="left: 0%; width: 85.9%;"/>
        <span class="segment kind-improvement" style="left: 85.9%; width: 4%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 43%;">
          43
        </span>
        <span class="count anchor-start outside" data-kind="improvement" style="left: 90.9%;">
          <span class="swatch kind-improvement"/>
          2
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-6" part="statements">
    </div>
  </li>
</ul>
`;
/* end snapshot ofsted-breakdown NarrowWidth */

snapshots["ofsted-breakdown ErrorInvalidData"] = 
` (no chart)
`;
/* end snapshot ofsted-breakdown ErrorInvalidData */

snapshots["ofsted-breakdown ErrorUnknownEvent"] = 
` (no chart)
`;
/* end snapshot ofsted-breakdown ErrorUnknownEvent */

snapshots["ofsted-journey Barnet"] = 
`ofsted-timeline:
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for London Borough of Barnet" class="chart" height="368" part="chart" role="group" viewBox="0 0 640 368" width="640">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="616" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="68"/>
    <rect class="band band-even" height="46" width="616" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="628" y1="342" y2="342"/>
    <line class="gridline" x1="22" x2="22" y1="22" y2="342"/>
    <line class="tick" x1="22" x2="22" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="start" x="22" y="359.7">
      2012
    </text>
    <line class="gridline" x1="113.7" x2="113.7" y1="22" y2="342"/>
    <line class="tick" x1="113.7" x2="113.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="113.7" y="359.7">
      2014
    </text>
    <line class="gridline" x1="205.4" x2="205.4" y1="22" y2="342"/>
    <line class="tick" x1="205.4" x2="205.4" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="205.4" y="359.7">
      2016
    </text>
    <line class="gridline" x1="297.1" x2="297.1" y1="22" y2="342"/>
    <line class="tick" x1="297.1" x2="297.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="297.1" y="359.7">
      2018
    </text>
    <line class="gridline" x1="388.7" x2="388.7" y1="22" y2="342"/>
    <line class="tick" x1="388.7" x2="388.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="388.7" y="359.7">
      2020
    </text>
    <line class="gridline" x1="480.5" x2="480.5" y1="22" y2="342"/>
    <line class="tick" x1="480.5" x2="480.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="480.5" y="359.7">
      2022
    </text>
    <line class="gridline" x1="572.1" x2="572.1" y1="22" y2="342"/>
    <line class="tick" x1="572.1" x2="572.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="572.1" y="359.7">
      2024
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M267.1,193L360.2,101L592.6,101"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="289.3" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement to be good
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="628" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="336.7" y="244.4"/>
    <text class="lanes-label" text-anchor="end" x="624" y="258.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M172.6,169.8H271.1V185H172.6ZM340.5,77.8H379.9V93H340.5ZM572.9,77.8H612.3V93H572.9Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade; it judged safeguarding Good and looked after children Good." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
      <circle class="hit-area" cx="27.7" cy="230" r="12"/>
      <circle class="focus-ring" cx="27.7" cy="230" r="10.5"/>
      <circle class="focus-outline" cx="27.7" cy="230" r="14"/>
      <path class="marker" d="M22.2,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 25 April to 18 May 2017: Single Inspection Framework (SIF) inspection. Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="267.1" cy="193" r="12"/>
      <path class="marker" d="M260.1,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="end" x="271.1" y="181.5">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, August 2017: Commissioner for Children’s Services appointed." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-appointed-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="279.8" cy="230" r="12"/>
      <path class="marker" d="M279.8,222.9L287,230L279.8,237.2L272.7,230Z"/>
    </g>
    <g aria-label="Milestone, October 2017: Improvement Action Plan submitted to Ofsted." aria-selected="false" class="event kind-milestone ungraded" data-event-id="improvement-plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="287.5" cy="254" r="12"/>
      <path class="marker" d="M287.5,246.9L294.6,254L287.5,261.2L280.3,254Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 November 2017: First monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2017-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="291.2" cy="278" r="12"/>
      <path class="marker" d="M285.7,278a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Milestone, 8 December 2017: Commissioner’s report submitted to ministers." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-report-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="294.1" cy="302" r="12"/>
      <path class="marker" d="M294.1,294.9L301.3,302L294.1,309.2L287,302Z"/>
    </g>
    <g aria-label="Monitoring visit, January 2018: Second monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-01" role="option" tabindex="-1">
      <circle class="hit-area" cx="299" cy="326" r="12"/>
      <path class="marker" d="M293.5,326a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, 25 and 26 April 2018: Third monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-04" role="option" tabindex="-1">
      <circle class="hit-area" cx="311.5" cy="230" r="12"/>
      <path class="marker" d="M306,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, July and August 2018 (date inferred): Fourth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-07" role="option" tabindex="-1">
      <circle class="hit-area" cx="323.7" cy="254" r="12"/>
      <path class="marker" d="M318.2,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, November 2018: Fifth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="337.1" cy="230" r="12"/>
      <path class="marker" d="M331.6,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="360.2" cy="101" r="12"/>
      <path class="marker" d="M353.2,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="360.2" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 23 and 24 June 2021 (date inferred): Focused visit (children in care)." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="456.5" cy="230" r="12"/>
      <path class="marker" d="M456.5,223.4L463.1,235.5L449.9,235.5Z"/>
    </g>
    <g aria-label="Inspection, 10 to 14 June 2024: Inspection of local authority children’s services (ILACS, short). Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="592.6" cy="101" r="12"/>
      <path class="marker" d="M585.6,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="592.6" y="89.5">
        Good
      </text>
    </g>
  </g>
</svg>

ofsted-scorecard:
<ul aria-labelledby="title" class="judgements" part="judgements">
  <li class="row overall" data-area="overall-effectiveness" part="row overall">
    <div class="row-line">
      <span class="name">
        Overall effectiveness
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="leadership" part="row">
    <div class="row-line">
      <span class="name">
        The impact of leaders on social work practice with children and families
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="help-and-protection" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children who need help and protection
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="children-in-care" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children in care
      </span>
      <span class="grade">
        Outstanding
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell filled grade-outstanding"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Outstanding
      </span>
      <span class="previous-name">
        (
        2019: The experiences and progress of children in care and care leavers, the corresponding judgement then
        )
      </span>
    </p>
  </li>
  <li class="row" data-area="care-leavers" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of care leavers
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
      <span class="previous-name">
        (
        2019: The experiences and progress of children in care and care leavers, the corresponding judgement then
        )
      </span>
    </p>
  </li>
</ul>

ofsted-breakdown:
<ul aria-label="Findings by area" class="bars wide" data-width="640" part="chart" style="--label-width: 205px;">
  <li class="bar-item" data-area="leadership">
    <button aria-controls="id-2" aria-expanded="false" class="bar" id="id-1" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The impact of leaders on social work practice with children and families
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          18 strengths
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 80%;"/>
        <span class="segment kind-strength" style="left: 48%; width: 32%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 64%;">
          18
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-2" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="help-and-protection">
    <button aria-controls="id-4" aria-expanded="false" class="bar" id="id-3" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children who need help and protection
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          39 strengths and 7 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 80%;"/>
        <span class="segment kind-strength" style="left: 10.7%; width: 69.4%;"/>
        <span class="segment kind-improvement" style="left: 80%; width: 12.4%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 45.4%;">
          39
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 86.3%;">
          7
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-4" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="children-in-care">
    <button aria-controls="id-6" aria-expanded="false" class="bar" id="id-5" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children in care
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Outstanding
        </span>
        <span class="visually-hidden">
          :
          45 strengths and 1 area for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 80%;"/>
        <span class="segment kind-strength" style="left: 0%; width: 80%;"/>
        <span class="segment kind-improvement" style="left: 80%; width: 1.8%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 40%;">
          45
        </span>
        <span class="count anchor-start outside" data-kind="improvement" style="left: 82.6%;">
          <span class="swatch kind-improvement"/>
          1
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-6" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="care-leavers">
    <button aria-controls="id-8" aria-expanded="false" class="bar" id="id-7" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of care leavers
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          10 strengths and 5 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 80%;"/>
        <span class="segment kind-strength" style="left: 62.2%; width: 17.8%;"/>
        <span class="segment kind-improvement" style="left: 80%; width: 8.9%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 71.1%;">
          10
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 84.5%;">
          5
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-8" part="statements">
    </div>
  </li>
</ul>
`;
/* end snapshot ofsted-journey Barnet */

snapshots["ofsted-journey Barnet2017Chosen"] = 
`ofsted-timeline:
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for London Borough of Barnet" class="chart" height="368" part="chart" role="group" viewBox="0 0 640 368" width="640">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="616" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="68"/>
    <rect class="band band-even" height="46" width="616" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="628" y1="342" y2="342"/>
    <line class="gridline" x1="22" x2="22" y1="22" y2="342"/>
    <line class="tick" x1="22" x2="22" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="start" x="22" y="359.7">
      2012
    </text>
    <line class="gridline" x1="113.7" x2="113.7" y1="22" y2="342"/>
    <line class="tick" x1="113.7" x2="113.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="113.7" y="359.7">
      2014
    </text>
    <line class="gridline" x1="205.4" x2="205.4" y1="22" y2="342"/>
    <line class="tick" x1="205.4" x2="205.4" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="205.4" y="359.7">
      2016
    </text>
    <line class="gridline" x1="297.1" x2="297.1" y1="22" y2="342"/>
    <line class="tick" x1="297.1" x2="297.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="297.1" y="359.7">
      2018
    </text>
    <line class="gridline" x1="388.7" x2="388.7" y1="22" y2="342"/>
    <line class="tick" x1="388.7" x2="388.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="388.7" y="359.7">
      2020
    </text>
    <line class="gridline" x1="480.5" x2="480.5" y1="22" y2="342"/>
    <line class="tick" x1="480.5" x2="480.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="480.5" y="359.7">
      2022
    </text>
    <line class="gridline" x1="572.1" x2="572.1" y1="22" y2="342"/>
    <line class="tick" x1="572.1" x2="572.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="572.1" y="359.7">
      2024
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M267.1,193L360.2,101L592.6,101"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="289.3" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement to be good
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="628" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="336.7" y="244.4"/>
    <text class="lanes-label" text-anchor="end" x="624" y="258.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M172.6,169.8H271.1V185H172.6ZM340.5,77.8H379.9V93H340.5ZM572.9,77.8H612.3V93H572.9Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade; it judged safeguarding Good and looked after children Good." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="-1">
      <circle class="hit-area" cx="27.7" cy="230" r="12"/>
      <path class="marker" d="M22.2,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 25 April to 18 May 2017: Single Inspection Framework (SIF) inspection. Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good." aria-selected="true" class="event kind-inspection graded grade-inadequate selected" data-event-id="inspection-2017" role="option" tabindex="0">
      <circle class="hit-area" cx="267.1" cy="193" r="12"/>
      <circle class="focus-ring" cx="267.1" cy="193" r="12"/>
      <circle class="focus-outline" cx="267.1" cy="193" r="15.5"/>
      <path class="marker" d="M260.1,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="end" x="271.1" y="181.5">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, August 2017: Commissioner for Children’s Services appointed." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-appointed-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="279.8" cy="230" r="12"/>
      <path class="marker" d="M279.8,222.9L287,230L279.8,237.2L272.7,230Z"/>
    </g>
    <g aria-label="Milestone, October 2017: Improvement Action Plan submitted to Ofsted." aria-selected="false" class="event kind-milestone ungraded" data-event-id="improvement-plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="287.5" cy="254" r="12"/>
      <path class="marker" d="M287.5,246.9L294.6,254L287.5,261.2L280.3,254Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 November 2017: First monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2017-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="291.2" cy="278" r="12"/>
      <path class="marker" d="M285.7,278a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Milestone, 8 December 2017: Commissioner’s report submitted to ministers." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-report-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="294.1" cy="302" r="12"/>
      <path class="marker" d="M294.1,294.9L301.3,302L294.1,309.2L287,302Z"/>
    </g>
    <g aria-label="Monitoring visit, January 2018: Second monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-01" role="option" tabindex="-1">
      <circle class="hit-area" cx="299" cy="326" r="12"/>
      <path class="marker" d="M293.5,326a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, 25 and 26 April 2018: Third monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-04" role="option" tabindex="-1">
      <circle class="hit-area" cx="311.5" cy="230" r="12"/>
      <path class="marker" d="M306,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, July and August 2018 (date inferred): Fourth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-07" role="option" tabindex="-1">
      <circle class="hit-area" cx="323.7" cy="254" r="12"/>
      <path class="marker" d="M318.2,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, November 2018: Fifth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="337.1" cy="230" r="12"/>
      <path class="marker" d="M331.6,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="360.2" cy="101" r="12"/>
      <path class="marker" d="M353.2,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="360.2" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 23 and 24 June 2021 (date inferred): Focused visit (children in care)." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="456.5" cy="230" r="12"/>
      <path class="marker" d="M456.5,223.4L463.1,235.5L449.9,235.5Z"/>
    </g>
    <g aria-label="Inspection, 10 to 14 June 2024: Inspection of local authority children’s services (ILACS, short). Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="592.6" cy="101" r="12"/>
      <path class="marker" d="M585.6,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="592.6" y="89.5">
        Good
      </text>
    </g>
  </g>
</svg>

ofsted-scorecard:
<ul aria-labelledby="title" class="judgements" part="judgements">
  <li class="row overall" data-area="overall-effectiveness" part="row overall">
    <div class="row-line">
      <span class="name">
        Overall effectiveness
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
  </li>
  <li class="row" data-area="help-and-protection" part="row">
    <div class="row-line">
      <span class="name">
        Children who need help and protection
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
  </li>
  <li class="row" data-area="children-looked-after" part="row">
    <div class="row-line">
      <span class="name">
        Children looked after and achieving permanence
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
    <ul aria-label="Within Children looked after and achieving permanence" class="sub-judgements">
      <li class="row sub" data-area="adoption" part="row">
        <div class="row-line">
          <span class="name">
            Adoption performance
          </span>
          <span class="grade">
            Requires improvement to be good
          </span>
          <span aria-hidden="true" class="scale">
            <span class="cell"/>
            <span class="cell"/>
            <span class="cell filled grade-requires-improvement"/>
            <span class="cell"/>
          </span>
        </div>
        <p class="change change-none">
          <span class="change-text">
            No matching judgement in 2012
          </span>
        </p>
      </li>
      <li class="row sub" data-area="care-leavers" part="row">
        <div class="row-line">
          <span class="name">
            Experiences and progress of care leavers
          </span>
          <span class="grade">
            Requires improvement to be good
          </span>
          <span aria-hidden="true" class="scale">
            <span class="cell"/>
            <span class="cell"/>
            <span class="cell filled grade-requires-improvement"/>
            <span class="cell"/>
          </span>
        </div>
        <p class="change change-none">
          <span class="change-text">
            No matching judgement in 2012
          </span>
        </p>
      </li>
    </ul>
  </li>
  <li class="row" data-area="leadership" part="row">
    <div class="row-line">
      <span class="name">
        Leadership, management and governance
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
  </li>
  <li class="row" data-area="lscb" part="row">
    <div class="row-line">
      <span class="name">
        Review of the Local Safeguarding Children Board
      </span>
      <span class="grade">
        Inadequate
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-inadequate"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2012
      </span>
    </p>
  </li>
</ul>

ofsted-breakdown: (no chart)
`;
/* end snapshot ofsted-journey Barnet2017Chosen */

snapshots["ofsted-journey Dark"] = 
`ofsted-timeline:
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for London Borough of Barnet" class="chart" height="368" part="chart" role="group" viewBox="0 0 608 368" width="608">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="584" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="584" x="12" y="68"/>
    <rect class="band band-even" height="46" width="584" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="584" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="596" y1="342" y2="342"/>
    <line class="gridline" x1="22" x2="22" y1="22" y2="342"/>
    <line class="tick" x1="22" x2="22" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="start" x="22" y="359.7">
      2012
    </text>
    <line class="gridline" x1="108.8" x2="108.8" y1="22" y2="342"/>
    <line class="tick" x1="108.8" x2="108.8" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="108.8" y="359.7">
      2014
    </text>
    <line class="gridline" x1="195.5" x2="195.5" y1="22" y2="342"/>
    <line class="tick" x1="195.5" x2="195.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="195.5" y="359.7">
      2016
    </text>
    <line class="gridline" x1="282.3" x2="282.3" y1="22" y2="342"/>
    <line class="tick" x1="282.3" x2="282.3" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="282.3" y="359.7">
      2018
    </text>
    <line class="gridline" x1="369" x2="369" y1="22" y2="342"/>
    <line class="tick" x1="369" x2="369" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="369" y="359.7">
      2020
    </text>
    <line class="gridline" x1="455.8" x2="455.8" y1="22" y2="342"/>
    <line class="tick" x1="455.8" x2="455.8" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="455.8" y="359.7">
      2022
    </text>
    <line class="gridline" x1="542.5" x2="542.5" y1="22" y2="342"/>
    <line class="tick" x1="542.5" x2="542.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="542.5" y="359.7">
      2024
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M253.9,193L342.1,101L562,101"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="289.3" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement to be good
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="596" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="304.7" y="268.4"/>
    <text class="lanes-label" text-anchor="end" x="592" y="282.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M159.5,169.8H257.9V185H159.5ZM322.4,77.8H361.8V93H322.4ZM542.3,77.8H581.6V93H542.3Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade; it judged safeguarding Good and looked after children Good." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
      <circle class="hit-area" cx="27.4" cy="230" r="12"/>
      <circle class="focus-ring" cx="27.4" cy="230" r="10.5"/>
      <circle class="focus-outline" cx="27.4" cy="230" r="14"/>
      <path class="marker" d="M21.9,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 25 April to 18 May 2017: Single Inspection Framework (SIF) inspection. Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="253.9" cy="193" r="12"/>
      <path class="marker" d="M246.9,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="end" x="257.9" y="181.5">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, August 2017: Commissioner for Children’s Services appointed." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-appointed-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="266" cy="230" r="12"/>
      <path class="marker" d="M266,222.9L273.1,230L266,237.2L258.8,230Z"/>
    </g>
    <g aria-label="Milestone, October 2017: Improvement Action Plan submitted to Ofsted." aria-selected="false" class="event kind-milestone ungraded" data-event-id="improvement-plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="273.2" cy="254" r="12"/>
      <path class="marker" d="M273.2,246.9L280.4,254L273.2,261.2L266.1,254Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 November 2017: First monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2017-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="276.7" cy="278" r="12"/>
      <path class="marker" d="M271.2,278a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Milestone, 8 December 2017: Commissioner’s report submitted to ministers." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-report-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="279.5" cy="302" r="12"/>
      <path class="marker" d="M279.5,294.9L286.7,302L279.5,309.2L272.4,302Z"/>
    </g>
    <g aria-label="Monitoring visit, January 2018: Second monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-01" role="option" tabindex="-1">
      <circle class="hit-area" cx="284.2" cy="326" r="12"/>
      <path class="marker" d="M278.7,326a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, 25 and 26 April 2018: Third monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-04" role="option" tabindex="-1">
      <circle class="hit-area" cx="296" cy="230" r="12"/>
      <path class="marker" d="M290.5,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, July and August 2018 (date inferred): Fourth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-07" role="option" tabindex="-1">
      <circle class="hit-area" cx="307.5" cy="254" r="12"/>
      <path class="marker" d="M302,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, November 2018: Fifth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="320.2" cy="230" r="12"/>
      <path class="marker" d="M314.7,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="342.1" cy="101" r="12"/>
      <path class="marker" d="M335.1,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="342.1" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 23 and 24 June 2021 (date inferred): Focused visit (children in care)." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="433.2" cy="230" r="12"/>
      <path class="marker" d="M433.2,223.4L439.8,235.5L426.6,235.5Z"/>
    </g>
    <g aria-label="Inspection, 10 to 14 June 2024: Inspection of local authority children’s services (ILACS, short). Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="562" cy="101" r="12"/>
      <path class="marker" d="M555,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="562" y="89.5">
        Good
      </text>
    </g>
  </g>
</svg>

ofsted-scorecard:
<ul aria-labelledby="title" class="judgements" part="judgements">
  <li class="row overall" data-area="overall-effectiveness" part="row overall">
    <div class="row-line">
      <span class="name">
        Overall effectiveness
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="leadership" part="row">
    <div class="row-line">
      <span class="name">
        The impact of leaders on social work practice with children and families
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="help-and-protection" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children who need help and protection
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="children-in-care" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children in care
      </span>
      <span class="grade">
        Outstanding
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell filled grade-outstanding"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Outstanding
      </span>
      <span class="previous-name">
        (
        2019: The experiences and progress of children in care and care leavers, the corresponding judgement then
        )
      </span>
    </p>
  </li>
  <li class="row" data-area="care-leavers" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of care leavers
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
      <span class="previous-name">
        (
        2019: The experiences and progress of children in care and care leavers, the corresponding judgement then
        )
      </span>
    </p>
  </li>
</ul>

ofsted-breakdown:
<ul aria-label="Findings by area" class="bars wide" data-width="608" part="chart" style="--label-width: 195px;">
  <li class="bar-item" data-area="leadership">
    <button aria-controls="id-2" aria-expanded="false" class="bar" id="id-1" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The impact of leaders on social work practice with children and families
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          18 strengths
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 79.7%;"/>
        <span class="segment kind-strength" style="left: 47.8%; width: 31.9%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 63.7%;">
          18
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-2" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="help-and-protection">
    <button aria-controls="id-4" aria-expanded="false" class="bar" id="id-3" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children who need help and protection
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          39 strengths and 7 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 79.7%;"/>
        <span class="segment kind-strength" style="left: 10.6%; width: 69%;"/>
        <span class="segment kind-improvement" style="left: 79.7%; width: 12.4%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 45.1%;">
          39
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 85.9%;">
          7
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-4" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="children-in-care">
    <button aria-controls="id-6" aria-expanded="false" class="bar" id="id-5" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children in care
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Outstanding
        </span>
        <span class="visually-hidden">
          :
          45 strengths and 1 area for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 79.7%;"/>
        <span class="segment kind-strength" style="left: 0%; width: 79.7%;"/>
        <span class="segment kind-improvement" style="left: 79.7%; width: 1.8%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 39.8%;">
          45
        </span>
        <span class="count anchor-start outside" data-kind="improvement" style="left: 82.2%;">
          <span class="swatch kind-improvement"/>
          1
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-6" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="care-leavers">
    <button aria-controls="id-8" aria-expanded="false" class="bar" id="id-7" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of care leavers
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          10 strengths and 5 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 79.7%;"/>
        <span class="segment kind-strength" style="left: 62%; width: 17.7%;"/>
        <span class="segment kind-improvement" style="left: 79.7%; width: 8.9%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 70.8%;">
          10
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 84.1%;">
          5
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-8" part="statements">
    </div>
  </li>
</ul>
`;
/* end snapshot ofsted-journey Dark */

snapshots["ofsted-journey FictionalAllGrades"] = 
`ofsted-timeline:
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for Northwick (fictional council)" class="chart" height="312" part="chart" role="group" viewBox="0 0 640 312" width="640">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="616" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="68"/>
    <rect class="band band-even" height="46" width="616" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="628" y1="286" y2="286"/>
    <line class="gridline" x1="64.5" x2="64.5" y1="22" y2="286"/>
    <line class="tick" x1="64.5" x2="64.5" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="64.5" y="303.7">
      2012
    </text>
    <line class="gridline" x1="149.7" x2="149.7" y1="22" y2="286"/>
    <line class="tick" x1="149.7" x2="149.7" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="149.7" y="303.7">
      2014
    </text>
    <line class="gridline" x1="234.8" x2="234.8" y1="22" y2="286"/>
    <line class="tick" x1="234.8" x2="234.8" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="234.8" y="303.7">
      2016
    </text>
    <line class="gridline" x1="320" x2="320" y1="22" y2="286"/>
    <line class="tick" x1="320" x2="320" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="320" y="303.7">
      2018
    </text>
    <line class="gridline" x1="405.1" x2="405.1" y1="22" y2="286"/>
    <line class="tick" x1="405.1" x2="405.1" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="405.1" y="303.7">
      2020
    </text>
    <line class="gridline" x1="490.3" x2="490.3" y1="22" y2="286"/>
    <line class="tick" x1="490.3" x2="490.3" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="490.3" y="303.7">
      2022
    </text>
    <line class="gridline" x1="575.3" x2="575.3" y1="22" y2="286"/>
    <line class="tick" x1="575.3" x2="575.3" y1="286" y2="290"/>
    <text class="tick-label" text-anchor="middle" x="575.3" y="303.7">
      2024
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M155,147L291.5,193L381.1,101L583.4,55"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="289.3" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement to be good
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="628" y1="222" y2="222"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="14" y="260.4"/>
    <text class="lanes-label" text-anchor="start" x="16" y="274.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M55.4,93.5H254.6V108.7H55.4ZM242.3,204.5H340.7V219.7H242.3ZM361.4,77.8H400.8V93H361.4ZM479.1,31.8H587.4V47H479.1Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, March 2011: Fictional inspection with an unknown overall grade. Overall effectiveness: Not known." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2011" role="option" tabindex="0">
      <circle class="hit-area" cx="30.7" cy="246" r="12"/>
      <circle class="focus-ring" cx="30.7" cy="246" r="10.5"/>
      <circle class="focus-outline" cx="30.7" cy="246" r="14"/>
      <path class="marker" d="M25.2,240.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 3 to 26 February 2014: Fictional SIF inspection. Overall effectiveness: Requires improvement to be good, with children looked after and achieving permanence judged Good." aria-selected="false" class="event kind-inspection graded grade-requires-improvement" data-event-id="inspection-2014" role="option" tabindex="-1">
      <circle class="hit-area" cx="155" cy="147" r="12"/>
      <path class="marker" d="M148,147a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="155" y="105.2">
        Requires improvement
      </text>
    </g>
    <g aria-label="Joint targeted area inspection, October 2016: Fictional joint targeted area inspection." aria-selected="false" class="event kind-joint-targeted-area-inspection ungraded" data-event-id="jtai-2016" role="option" tabindex="-1">
      <circle class="hit-area" cx="268.5" cy="246" r="12"/>
      <path class="marker" d="M263,240.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, April and May 2017: Fictional SIF inspection. Overall effectiveness: Inadequate." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="291.5" cy="193" r="12"/>
      <path class="marker" d="M284.5,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="291.5" y="216.2">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, September 2017: Fictional improvement plan." aria-selected="false" class="event kind-milestone ungraded" data-event-id="plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="307.5" cy="246" r="12"/>
      <path class="marker" d="M307.5,238.9L314.7,246L307.5,253.2L300.4,246Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 February 2018 (date inferred): Fictional monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018" role="option" tabindex="-1">
      <circle class="hit-area" cx="325.2" cy="270" r="12"/>
      <path class="marker" d="M319.7,270a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 3 to 14 June 2019: Fictional ILACS inspection. Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="381.1" cy="101" r="12"/>
      <path class="marker" d="M374.1,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="381.1" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 22 June 2021: Fictional focused visit." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="467.8" cy="246" r="12"/>
      <path class="marker" d="M467.8,239.4L474.4,251.5L461.2,251.5Z"/>
    </g>
    <g aria-label="Inspection, 4 to 15 March 2024: Fictional ILACS inspection with five judgements. Overall effectiveness: Outstanding, with the experiences and progress of children who need help and protection judged Good and the experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-outstanding" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="583.4" cy="55" r="12"/>
      <path class="marker" d="M576.4,55a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="end" x="587.4" y="43.5">
        Outstanding
      </text>
    </g>
  </g>
</svg>

ofsted-scorecard:
<ul aria-labelledby="title" class="judgements" part="judgements">
  <li class="row overall" data-area="overall-effectiveness" part="row overall">
    <div class="row-line">
      <span class="name">
        Overall effectiveness
      </span>
      <span class="grade">
        Outstanding
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell filled grade-outstanding"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Outstanding
      </span>
    </p>
  </li>
  <li class="row" data-area="leadership" part="row">
    <div class="row-line">
      <span class="name">
        The impact of leaders on social work practice with children and families
      </span>
      <span class="grade">
        Outstanding
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell filled grade-outstanding"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Outstanding
      </span>
    </p>
  </li>
  <li class="row" data-area="help-and-protection" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children who need help and protection
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2019
      </span>
    </p>
  </li>
  <li class="row" data-area="children-in-care" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children in care
      </span>
      <span class="grade">
        Outstanding
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell filled grade-outstanding"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2019
      </span>
    </p>
  </li>
  <li class="row" data-area="care-leavers" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of care leavers
      </span>
      <span class="grade">
        Requires improvement to be good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell filled grade-requires-improvement"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-none">
      <span class="change-text">
        No matching judgement in 2019
      </span>
    </p>
  </li>
</ul>

ofsted-breakdown: (no chart)
`;
/* end snapshot ofsted-journey FictionalAllGrades */

snapshots["ofsted-journey ErrorInvalidData"] = 
` (no chart)
`;
/* end snapshot ofsted-journey ErrorInvalidData */

snapshots["ofsted-timeline ReservedRoom"] = 
`
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for London Borough of Barnet" class="chart" height="368" part="chart" role="group" viewBox="0 0 640 368" width="640">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="616" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="68"/>
    <rect class="band band-even" height="46" width="616" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="628" y1="342" y2="342"/>
    <line class="gridline" x1="22" x2="22" y1="22" y2="342"/>
    <line class="tick" x1="22" x2="22" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="start" x="22" y="359.7">
      2012
    </text>
    <line class="gridline" x1="113.7" x2="113.7" y1="22" y2="342"/>
    <line class="tick" x1="113.7" x2="113.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="113.7" y="359.7">
      2014
    </text>
    <line class="gridline" x1="205.4" x2="205.4" y1="22" y2="342"/>
    <line class="tick" x1="205.4" x2="205.4" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="205.4" y="359.7">
      2016
    </text>
    <line class="gridline" x1="297.1" x2="297.1" y1="22" y2="342"/>
    <line class="tick" x1="297.1" x2="297.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="297.1" y="359.7">
      2018
    </text>
    <line class="gridline" x1="388.7" x2="388.7" y1="22" y2="342"/>
    <line class="tick" x1="388.7" x2="388.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="388.7" y="359.7">
      2020
    </text>
    <line class="gridline" x1="480.5" x2="480.5" y1="22" y2="342"/>
    <line class="tick" x1="480.5" x2="480.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="480.5" y="359.7">
      2022
    </text>
    <line class="gridline" x1="572.1" x2="572.1" y1="22" y2="342"/>
    <line class="tick" x1="572.1" x2="572.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="572.1" y="359.7">
      2024
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M267.1,193L360.2,101L592.6,101"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="289.3" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement to be good
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="628" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="336.7" y="244.4"/>
    <text class="lanes-label" text-anchor="end" x="624" y="258.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M172.6,169.8H271.1V185H172.6ZM340.5,77.8H379.9V93H340.5ZM572.9,77.8H612.3V93H572.9Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade; it judged safeguarding Good and looked after children Good." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
      <circle class="hit-area" cx="27.7" cy="230" r="12"/>
      <circle class="focus-ring" cx="27.7" cy="230" r="10.5"/>
      <circle class="focus-outline" cx="27.7" cy="230" r="14"/>
      <path class="marker" d="M22.2,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 25 April to 18 May 2017: Single Inspection Framework (SIF) inspection. Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="267.1" cy="193" r="12"/>
      <path class="marker" d="M260.1,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="end" x="271.1" y="181.5">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, August 2017: Commissioner for Children’s Services appointed." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-appointed-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="279.8" cy="230" r="12"/>
      <path class="marker" d="M279.8,222.9L287,230L279.8,237.2L272.7,230Z"/>
    </g>
    <g aria-label="Milestone, October 2017: Improvement Action Plan submitted to Ofsted." aria-selected="false" class="event kind-milestone ungraded" data-event-id="improvement-plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="287.5" cy="254" r="12"/>
      <path class="marker" d="M287.5,246.9L294.6,254L287.5,261.2L280.3,254Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 November 2017: First monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2017-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="291.2" cy="278" r="12"/>
      <path class="marker" d="M285.7,278a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Milestone, 8 December 2017: Commissioner’s report submitted to ministers." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-report-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="294.1" cy="302" r="12"/>
      <path class="marker" d="M294.1,294.9L301.3,302L294.1,309.2L287,302Z"/>
    </g>
    <g aria-label="Monitoring visit, January 2018: Second monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-01" role="option" tabindex="-1">
      <circle class="hit-area" cx="299" cy="326" r="12"/>
      <path class="marker" d="M293.5,326a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, 25 and 26 April 2018: Third monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-04" role="option" tabindex="-1">
      <circle class="hit-area" cx="311.5" cy="230" r="12"/>
      <path class="marker" d="M306,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, July and August 2018 (date inferred): Fourth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-07" role="option" tabindex="-1">
      <circle class="hit-area" cx="323.7" cy="254" r="12"/>
      <path class="marker" d="M318.2,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, November 2018: Fifth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="337.1" cy="230" r="12"/>
      <path class="marker" d="M331.6,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="360.2" cy="101" r="12"/>
      <path class="marker" d="M353.2,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="360.2" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 23 and 24 June 2021 (date inferred): Focused visit (children in care)." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="456.5" cy="230" r="12"/>
      <path class="marker" d="M456.5,223.4L463.1,235.5L449.9,235.5Z"/>
    </g>
    <g aria-label="Inspection, 10 to 14 June 2024: Inspection of local authority children’s services (ILACS, short). Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="592.6" cy="101" r="12"/>
      <path class="marker" d="M585.6,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="592.6" y="89.5">
        Good
      </text>
    </g>
  </g>
</svg>
`;
/* end snapshot ofsted-timeline ReservedRoom */

snapshots["ofsted-journey ReservedRoom"] = 
`ofsted-timeline:
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for London Borough of Barnet" class="chart" height="368" part="chart" role="group" viewBox="0 0 640 368" width="640">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="616" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="68"/>
    <rect class="band band-even" height="46" width="616" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="628" y1="342" y2="342"/>
    <line class="gridline" x1="22" x2="22" y1="22" y2="342"/>
    <line class="tick" x1="22" x2="22" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="start" x="22" y="359.7">
      2012
    </text>
    <line class="gridline" x1="113.7" x2="113.7" y1="22" y2="342"/>
    <line class="tick" x1="113.7" x2="113.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="113.7" y="359.7">
      2014
    </text>
    <line class="gridline" x1="205.4" x2="205.4" y1="22" y2="342"/>
    <line class="tick" x1="205.4" x2="205.4" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="205.4" y="359.7">
      2016
    </text>
    <line class="gridline" x1="297.1" x2="297.1" y1="22" y2="342"/>
    <line class="tick" x1="297.1" x2="297.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="297.1" y="359.7">
      2018
    </text>
    <line class="gridline" x1="388.7" x2="388.7" y1="22" y2="342"/>
    <line class="tick" x1="388.7" x2="388.7" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="388.7" y="359.7">
      2020
    </text>
    <line class="gridline" x1="480.5" x2="480.5" y1="22" y2="342"/>
    <line class="tick" x1="480.5" x2="480.5" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="480.5" y="359.7">
      2022
    </text>
    <line class="gridline" x1="572.1" x2="572.1" y1="22" y2="342"/>
    <line class="tick" x1="572.1" x2="572.1" y1="342" y2="346"/>
    <text class="tick-label" text-anchor="middle" x="572.1" y="359.7">
      2024
    </text>
  </g>
  <path aria-hidden="true" class="journey" d="M267.1,193L360.2,101L592.6,101"/>
  <g aria-hidden="true" class="band-labels">
    <rect class="band-label-bg band-label-even" height="19.2" width="102" x="14" y="22"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="35.7">
      Outstanding
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="39.7" x="14" y="68"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="81.7">
      Good
    </text>
    <rect class="band-label-bg band-label-even" height="19.2" width="289.3" x="14" y="114"/>
    <text class="band-label band-label-even" text-anchor="start" x="16" y="127.7">
      Requires improvement to be good
    </text>
    <rect class="band-label-bg band-label-odd" height="19.2" width="93.1" x="14" y="160"/>
    <text class="band-label band-label-odd" text-anchor="start" x="16" y="173.7">
      Inadequate
    </text>
  </g>
  <g aria-hidden="true" class="lanes-name">
    <line class="lanes-edge" x1="12" x2="628" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="336.7" y="244.4"/>
    <text class="lanes-label" text-anchor="end" x="624" y="258.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M172.6,169.8H271.1V185H172.6ZM340.5,77.8H379.9V93H340.5ZM572.9,77.8H612.3V93H572.9Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade; it judged safeguarding Good and looked after children Good." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
      <circle class="hit-area" cx="27.7" cy="230" r="12"/>
      <circle class="focus-ring" cx="27.7" cy="230" r="10.5"/>
      <circle class="focus-outline" cx="27.7" cy="230" r="14"/>
      <path class="marker" d="M22.2,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 25 April to 18 May 2017: Single Inspection Framework (SIF) inspection. Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="267.1" cy="193" r="12"/>
      <path class="marker" d="M260.1,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="end" x="271.1" y="181.5">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, August 2017: Commissioner for Children’s Services appointed." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-appointed-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="279.8" cy="230" r="12"/>
      <path class="marker" d="M279.8,222.9L287,230L279.8,237.2L272.7,230Z"/>
    </g>
    <g aria-label="Milestone, October 2017: Improvement Action Plan submitted to Ofsted." aria-selected="false" class="event kind-milestone ungraded" data-event-id="improvement-plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="287.5" cy="254" r="12"/>
      <path class="marker" d="M287.5,246.9L294.6,254L287.5,261.2L280.3,254Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 November 2017: First monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2017-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="291.2" cy="278" r="12"/>
      <path class="marker" d="M285.7,278a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Milestone, 8 December 2017: Commissioner’s report submitted to ministers." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-report-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="294.1" cy="302" r="12"/>
      <path class="marker" d="M294.1,294.9L301.3,302L294.1,309.2L287,302Z"/>
    </g>
    <g aria-label="Monitoring visit, January 2018: Second monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-01" role="option" tabindex="-1">
      <circle class="hit-area" cx="299" cy="326" r="12"/>
      <path class="marker" d="M293.5,326a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, 25 and 26 April 2018: Third monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-04" role="option" tabindex="-1">
      <circle class="hit-area" cx="311.5" cy="230" r="12"/>
      <path class="marker" d="M306,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, July and August 2018 (date inferred): Fourth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-07" role="option" tabindex="-1">
      <circle class="hit-area" cx="323.7" cy="254" r="12"/>
      <path class="marker" d="M318.2,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, November 2018: Fifth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="337.1" cy="230" r="12"/>
      <path class="marker" d="M331.6,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="360.2" cy="101" r="12"/>
      <path class="marker" d="M353.2,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="360.2" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 23 and 24 June 2021 (date inferred): Focused visit (children in care)." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="456.5" cy="230" r="12"/>
      <path class="marker" d="M456.5,223.4L463.1,235.5L449.9,235.5Z"/>
    </g>
    <g aria-label="Inspection, 10 to 14 June 2024: Inspection of local authority children’s services (ILACS, short). Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2024" role="option" tabindex="-1">
      <circle class="hit-area" cx="592.6" cy="101" r="12"/>
      <path class="marker" d="M585.6,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="592.6" y="89.5">
        Good
      </text>
    </g>
  </g>
</svg>

ofsted-scorecard:
<ul aria-labelledby="title" class="judgements" part="judgements">
  <li class="row overall" data-area="overall-effectiveness" part="row overall">
    <div class="row-line">
      <span class="name">
        Overall effectiveness
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="leadership" part="row">
    <div class="row-line">
      <span class="name">
        The impact of leaders on social work practice with children and families
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="help-and-protection" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children who need help and protection
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
    </p>
  </li>
  <li class="row" data-area="children-in-care" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of children in care
      </span>
      <span class="grade">
        Outstanding
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell filled grade-outstanding"/>
        <span class="cell"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-improved">
      <span class="cue">
        Improved
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
        <span aria-hidden="true">
          →
        </span>
        <span class="visually-hidden">
          to
        </span>
        Outstanding
      </span>
      <span class="previous-name">
        (
        2019: The experiences and progress of children in care and care leavers, the corresponding judgement then
        )
      </span>
    </p>
  </li>
  <li class="row" data-area="care-leavers" part="row">
    <div class="row-line">
      <span class="name">
        The experiences and progress of care leavers
      </span>
      <span class="grade">
        Good
      </span>
      <span aria-hidden="true" class="scale">
        <span class="cell"/>
        <span class="cell filled grade-good"/>
        <span class="cell"/>
        <span class="cell"/>
      </span>
    </div>
    <p class="change change-unchanged">
      <span class="cue">
        No change
      </span>
      <span class="since">
        since
        2019
        :
      </span>
      <span class="change-text">
        Good
      </span>
      <span class="previous-name">
        (
        2019: The experiences and progress of children in care and care leavers, the corresponding judgement then
        )
      </span>
    </p>
  </li>
</ul>

ofsted-breakdown:
<ul aria-label="Findings by area" class="bars wide" data-width="640" part="chart" style="--label-width: 205px;">
  <li class="bar-item" data-area="leadership">
    <button aria-controls="id-2" aria-expanded="false" class="bar" id="id-1" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The impact of leaders on social work practice with children and families
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          18 strengths
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 80%;"/>
        <span class="segment kind-strength" style="left: 48%; width: 32%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 64%;">
          18
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-2" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="help-and-protection">
    <button aria-controls="id-4" aria-expanded="false" class="bar" id="id-3" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children who need help and protection
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          39 strengths and 7 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 80%;"/>
        <span class="segment kind-strength" style="left: 10.7%; width: 69.4%;"/>
        <span class="segment kind-improvement" style="left: 80%; width: 12.4%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 45.4%;">
          39
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 86.3%;">
          7
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-4" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="children-in-care">
    <button aria-controls="id-6" aria-expanded="false" class="bar" id="id-5" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children in care
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Outstanding
        </span>
        <span class="visually-hidden">
          :
          45 strengths and 1 area for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 80%;"/>
        <span class="segment kind-strength" style="left: 0%; width: 80%;"/>
        <span class="segment kind-improvement" style="left: 80%; width: 1.8%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 40%;">
          45
        </span>
        <span class="count anchor-start outside" data-kind="improvement" style="left: 82.6%;">
          <span class="swatch kind-improvement"/>
          1
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-6" part="statements">
    </div>
  </li>
  <li class="bar-item" data-area="care-leavers">
    <button aria-controls="id-8" aria-expanded="false" class="bar" id="id-7" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of care leavers
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          10 strengths and 5 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 80%;"/>
        <span class="segment kind-strength" style="left: 62.2%; width: 17.8%;"/>
        <span class="segment kind-improvement" style="left: 80%; width: 8.9%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 71.1%;">
          10
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 84.5%;">
          5
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-8" part="statements">
    </div>
  </li>
</ul>
`;
/* end snapshot ofsted-journey ReservedRoom */

snapshots["ofsted-breakdown FictionalPickedFromReport"] = 
`
<ul aria-label="Findings by area" class="bars wide" data-width="640" part="chart" style="--label-width: 205px;">
  <li class="bar-item" data-area="overall-effectiveness">
    <button aria-controls="id-2" aria-expanded="false" class="bar" id="id-1" part="bar">
      <span class="bar-name">
        <span class="area-name">
          Overall effectiveness
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          2 strengths
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 64.7%;"/>
        <span class="segment kind-strength" style="left: 52.9%; width: 11.8%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 58.8%;">
          2
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-2" part="statements">
      <ul aria-busy="false" class="statement-list">
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 1 in the section on overall-effectiveness.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 1
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 2 in the section on overall-effectiveness.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 2
          </p>
        </li>
      </ul>
    </div>
  </li>
  <li class="bar-item" data-area="leadership">
    <button aria-controls="id-4" aria-expanded="false" class="bar" id="id-3" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The impact of leaders on social work practice with children and families
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          9 strengths and 2 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 64.7%;"/>
        <span class="segment kind-strength" style="left: 11.8%; width: 52.9%;"/>
        <span class="segment kind-improvement" style="left: 64.7%; width: 11.8%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 38.2%;">
          9
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 70.6%;">
          2
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-4" part="statements">
      <ul aria-busy="false" class="statement-list">
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 1 in the section on leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 12
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 2 in the section on leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 13
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 3 in the section on leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 14
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 4 in the section on leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 15
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 5 in the section on leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 16
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 6 in the section on leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 17
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 7 in the section on leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 18
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 8 in the section on leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 19
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 9 in the section on leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 20
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional weakness 1 in the section on leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 21
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional weakness 2 in the section on leadership.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 22
          </p>
        </li>
      </ul>
    </div>
  </li>
  <li class="bar-item" data-area="help-and-protection">
    <button aria-controls="id-6" aria-expanded="false" class="bar" id="id-5" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children who need help and protection
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Requires improvement to be good
        </span>
        <span class="visually-hidden">
          :
          4 strengths and 6 areas for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 64.7%;"/>
        <span class="segment kind-strength" style="left: 41.2%; width: 23.5%;"/>
        <span class="segment kind-improvement" style="left: 64.7%; width: 35.3%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 52.9%;">
          4
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 82.4%;">
          6
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-6" part="statements">
      <ul aria-busy="false" class="statement-list">
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 1 in the section on help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 24
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 2 in the section on help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 25
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 3 in the section on help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 26
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 4 in the section on help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 27
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional weakness 1 in the section on help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 28
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional weakness 2 in the section on help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 29
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional weakness 3 in the section on help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 30
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional weakness 4 in the section on help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 31
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional weakness 5 in the section on help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 32
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional weakness 6 in the section on help-and-protection.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 33
          </p>
        </li>
      </ul>
    </div>
  </li>
  <li class="bar-item" data-area="children-in-care">
    <button aria-controls="id-8" aria-expanded="false" class="bar" id="id-7" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of children in care
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Good
        </span>
        <span class="visually-hidden">
          :
          11 strengths and 1 area for improvement
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 64.7%;"/>
        <span class="segment kind-strength" style="left: 0%; width: 64.7%;"/>
        <span class="segment kind-improvement" style="left: 64.7%; width: 5.9%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 32.4%;">
          11
        </span>
        <span class="count anchor-middle inside" data-kind="improvement" style="left: 67.6%;">
          1
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-8" part="statements">
      <ul aria-busy="false" class="statement-list">
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 1 in the section on children-in-care.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 35
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 2 in the section on children-in-care.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 36
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 3 in the section on children-in-care.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 37
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 4 in the section on children-in-care.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 38
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 5 in the section on children-in-care.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 39
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 6 in the section on children-in-care.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 40
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 7 in the section on children-in-care.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 41
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 8 in the section on children-in-care.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 42
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 9 in the section on children-in-care.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 43
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 10 in the section on children-in-care.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 44
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 11 in the section on children-in-care.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 45
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-improvement"/>
            Area for improvement
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional weakness 1 in the section on children-in-care.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 46
          </p>
        </li>
      </ul>
    </div>
  </li>
  <li class="bar-item" data-area="care-leavers">
    <button aria-controls="id-10" aria-expanded="false" class="bar" id="id-9" part="bar">
      <span class="bar-name">
        <span class="area-name">
          The experiences and progress of care leavers
        </span>
        <span class="area-grade">
          <span class="visually-hidden">
            , judged
          </span>
          Outstanding
        </span>
        <span class="visually-hidden">
          :
          7 strengths
        </span>
      </span>
      <span aria-hidden="true" class="track">
        <span class="centre-line" style="left: 64.7%;"/>
        <span class="segment kind-strength" style="left: 23.5%; width: 41.2%;"/>
        <span class="count anchor-middle inside" data-kind="strength" style="left: 44.1%;">
          7
        </span>
      </span>
    </button>
    <div class="statements" hidden="" id="id-10" part="statements">
      <ul aria-busy="false" class="statement-list">
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 1 in the section on care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 48
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 2 in the section on care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 49
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 3 in the section on care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 50
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 4 in the section on care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 51
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 5 in the section on care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 52
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 6 in the section on care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 53
          </p>
        </li>
        <li class="statement">
          <p class="statement-kind">
            <span aria-hidden="true" class="swatch kind-strength"/>
            Strength
          </p>
          <p class="quote">
            <span class="quoted">
              Fictional strength 7 in the section on care-leavers.
            </span>
          </p>
          <p class="statement-source">
            Source:
            <a href="https://example.org/fictional-report-2024" rel="noopener noreferrer" target="_blank">
              Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing)
              <span class="visually-hidden">
                (opens in a new tab)
              </span>
            </a>
            <span class="source-about">
              (
              ofsted-widgets test fixtures, 20 May 2024
              )
            </span>
            , paragraph 54
          </p>
        </li>
      </ul>
    </div>
  </li>
</ul>
`;
/* end snapshot ofsted-breakdown FictionalPickedFromReport */

snapshots["ofsted-breakdown FictionalNoReport"] = 
` (no chart)
`;
/* end snapshot ofsted-breakdown FictionalNoReport */

snapshots["ofsted-england Leeds"] = 
`
<svg aria-label="Map of England’s councils by latest overall effectiveness grade" class="map" part="map" role="listbox" viewBox="-2 -2 307.1 279">
  <g aria-label="Barking and Dagenham: Requires improvement to be good, inspected 10 July 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="277.1,180 285.8,185 285.8,195 277.1,200 268.4,195 268.4,185"/>
    <path class="mark" d="M272.9,188.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Barnet: Good, inspected 10 June 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,135 207.9,140 207.9,150 199.2,155 190.5,150 190.5,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Barnsley: Good, inspected 11 September 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,90 181.9,95 181.9,105 173.2,110 164.5,105 164.5,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bath and North East Somerset: Good, inspected 9 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,225 86.6,230 86.6,240 77.9,245 69.2,240 69.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bedford: Requires improvement to be good, inspected 14 July 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="190.5,120 199.2,125 199.2,135 190.5,140 181.8,135 181.8,125"/>
    <path class="mark" d="M186.3,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bexley: Outstanding, inspected 6 February 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="268.5,195 277.2,200 277.2,210 268.5,215 259.8,210 259.8,200"/>
    <path class="mark" d="M265.3,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Birmingham: Good, inspected 20 February 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="86.6,150 95.3,155 95.3,165 86.6,170 77.9,165 77.9,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Blackburn with Darwen: Good, inspected 3 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,60 129.9,65 129.9,75 121.2,80 112.5,75 112.5,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Blackpool: No overall grade (framework from April 2026), inspected 8 June 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="95.3,45 104,50 104,60 95.3,65 86.6,60 86.6,50"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bolton: Good, inspected 11 September 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="129.9,75 138.6,80 138.6,90 129.9,95 121.2,90 121.2,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bournemouth, Christchurch and Poole: Good, inspected 2 December 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="95.3,225 104,230 104,240 95.3,245 86.6,240 86.6,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bracknell Forest: Outstanding, inspected 8 December 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,210 147.3,215 147.3,225 138.6,230 129.9,225 129.9,215"/>
    <path class="mark" d="M135.4,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Bradford: Requires improvement to be good, inspected 12 January 2026" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="173.2,60 181.9,65 181.9,75 173.2,80 164.5,75 164.5,65"/>
    <path class="mark" d="M169,68.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Brent: No overall grade (framework from April 2026), inspected 27 April 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="181.9,165 190.6,170 190.6,180 181.9,185 173.2,180 173.2,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Brighton and Hove: Outstanding, inspected 11 March 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="199.2,225 207.9,230 207.9,240 199.2,245 190.5,240 190.5,230"/>
    <path class="mark" d="M196,235a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Bristol: Requires improvement to be good, inspected 16 January 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="86.6,210 95.3,215 95.3,225 86.6,230 77.9,225 77.9,215"/>
    <path class="mark" d="M82.4,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bromley: Outstanding, inspected 13 November 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="225.2,210 233.9,215 233.9,225 225.2,230 216.5,225 216.5,215"/>
    <path class="mark" d="M222,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Buckinghamshire: Requires improvement to be good, inspected 27 January 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,165 155.9,170 155.9,180 147.2,185 138.5,180 138.5,170"/>
    <path class="mark" d="M143,173.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bury: Requires improvement to be good, inspected 9 June 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,75 155.9,80 155.9,90 147.2,95 138.5,90 138.5,80"/>
    <path class="mark" d="M143,83.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Calderdale: Good, inspected 19 February 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,60 164.6,65 164.6,75 155.9,80 147.2,75 147.2,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cambridgeshire: Requires improvement to be good, inspected 4 March 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="225.2,120 233.9,125 233.9,135 225.2,140 216.5,135 216.5,125"/>
    <path class="mark" d="M221,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Camden: Outstanding, inspected 3 March 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,150 199.2,155 199.2,165 190.5,170 181.8,165 181.8,155"/>
    <path class="mark" d="M187.3,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Central Bedfordshire: Good, inspected 10 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="207.8,120 216.5,125 216.5,135 207.8,140 199.1,135 199.1,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cheshire East: Inadequate, inspected 26 February 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="103.9,120 112.6,125 112.6,135 103.9,140 95.2,135 95.2,125"/>
    <path class="mark" d="M100.7,126.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Cheshire West and Chester: Requires improvement to be good, inspected 15 July 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="95.3,105 104,110 104,120 95.3,125 86.6,120 86.6,110"/>
    <path class="mark" d="M91.1,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="City of London: Outstanding, inspected 23 September 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="225.2,180 233.9,185 233.9,195 225.2,200 216.5,195 216.5,185"/>
    <path class="mark" d="M222,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Cornwall: Good, inspected 1 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="34.6,240 43.3,245 43.3,255 34.6,260 25.9,255 25.9,245"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Coventry: Outstanding, inspected 9 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="112.6,135 121.3,140 121.3,150 112.6,155 103.9,150 103.9,140"/>
    <path class="mark" d="M109.4,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Croydon: Good, inspected 14 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="207.8,210 216.5,215 216.5,225 207.8,230 199.1,225 199.1,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cumberland: Good, inspected 7 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,30 129.9,35 129.9,45 121.2,50 112.5,45 112.5,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Darlington: Outstanding, inspected 9 February 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,45 190.6,50 190.6,60 181.9,65 173.2,60 173.2,50"/>
    <path class="mark" d="M178.7,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Derby: Outstanding, inspected 19 May 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,120 147.3,125 147.3,135 138.6,140 129.9,135 129.9,125"/>
    <path class="mark" d="M135.4,130a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Derbyshire: Good, inspected 30 October 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,120 164.6,125 164.6,135 155.9,140 147.2,135 147.2,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Devon: Inadequate, inspected 30 September 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="43.3,225 52,230 52,240 43.3,245 34.6,240 34.6,230"/>
    <path class="mark" d="M40.1,231.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Doncaster: Good, inspected 20 January 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,105 207.9,110 207.9,120 199.2,125 190.5,120 190.5,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Dorset: Outstanding, inspected 17 March 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="69.3,240 78,245 78,255 69.3,260 60.6,255 60.6,245"/>
    <path class="mark" d="M66.1,250a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Dudley: Requires improvement to be good, inspected 31 October 2022" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,150 78,155 78,165 69.3,170 60.6,165 60.6,155"/>
    <path class="mark" d="M65.1,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Durham: Outstanding, inspected 24 March 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="164.5,45 173.2,50 173.2,60 164.5,65 155.8,60 155.8,50"/>
    <path class="mark" d="M161.3,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Ealing: Good, inspected 22 April 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,165 173.2,170 173.2,180 164.5,185 155.8,180 155.8,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="East Riding of Yorkshire: Good, inspected 30 January 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,75 242.5,80 242.5,90 233.8,95 225.1,90 225.1,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="East Sussex: Good, inspected 11 December 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,225 225.2,230 225.2,240 216.5,245 207.8,240 207.8,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Enfield: Good, inspected 22 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,150 233.9,155 233.9,165 225.2,170 216.5,165 216.5,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Essex: Outstanding, inspected 26 June 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,135 259.8,140 259.8,150 251.1,155 242.4,150 242.4,140"/>
    <path class="mark" d="M247.9,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Gateshead: Good, inspected 2 December 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="190.5,30 199.2,35 199.2,45 190.5,50 181.8,45 181.8,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Gloucestershire: Good, inspected 9 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="86.6,180 95.3,185 95.3,195 86.6,200 77.9,195 77.9,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Greenwich: Outstanding, inspected 3 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,195 259.8,200 259.8,210 251.1,215 242.4,210 242.4,200"/>
    <path class="mark" d="M247.9,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hackney: Good, inspected 1 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,165 225.2,170 225.2,180 216.5,185 207.8,180 207.8,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Halton: Inadequate, inspected 13 May 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="112.6,105 121.3,110 121.3,120 112.6,125 103.9,120 103.9,110"/>
    <path class="mark" d="M109.4,111.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Hammersmith and Fulham: Outstanding, inspected 11 March 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,180 181.9,185 181.9,195 173.2,200 164.5,195 164.5,185"/>
    <path class="mark" d="M170,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hampshire: Outstanding, inspected 10 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="147.2,225 155.9,230 155.9,240 147.2,245 138.5,240 138.5,230"/>
    <path class="mark" d="M144,235a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Haringey: Outstanding, inspected 12 January 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,150 216.5,155 216.5,165 207.8,170 199.1,165 199.1,155"/>
    <path class="mark" d="M204.6,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Harrow: Inadequate, inspected 20 January 2025" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="181.9,135 190.6,140 190.6,150 181.9,155 173.2,150 173.2,140"/>
    <path class="mark" d="M178.7,141.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Hartlepool: Outstanding, inspected 18 March 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,45 225.2,50 225.2,60 216.5,65 207.8,60 207.8,50"/>
    <path class="mark" d="M213.3,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Havering: Inadequate, inspected 11 December 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="268.5,165 277.2,170 277.2,180 268.5,185 259.8,180 259.8,170"/>
    <path class="mark" d="M265.3,171.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Herefordshire: Good, inspected 10 November 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,165 86.6,170 86.6,180 77.9,185 69.2,180 69.2,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Hertfordshire: Outstanding, inspected 23 January 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="233.8,135 242.5,140 242.5,150 233.8,155 225.1,150 225.1,140"/>
    <path class="mark" d="M230.6,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hillingdon: Outstanding, inspected 2 October 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,150 181.9,155 181.9,165 173.2,170 164.5,165 164.5,155"/>
    <path class="mark" d="M170,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hounslow: Good, inspected 16 October 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,180 164.6,185 164.6,195 155.9,200 147.2,195 147.2,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Isle of Wight: Good, inspected 30 October 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,255 155.9,260 155.9,270 147.2,275 138.5,270 138.5,260"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Isles of Scilly: Inadequate, inspected 11 July 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="8.7,255 17.4,260 17.4,270 8.7,275 0,270 0,260"/>
    <path class="mark" d="M5.5,261.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Islington: Outstanding, inspected 2 December 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="199.2,165 207.9,170 207.9,180 199.2,185 190.5,180 190.5,170"/>
    <path class="mark" d="M196,175a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kensington and Chelsea: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,180 199.2,185 199.2,195 190.5,200 181.8,195 181.8,185"/>
    <path class="mark" d="M187.3,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kent: Good, inspected 3 November 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="242.5,210 251.2,215 251.2,225 242.5,230 233.8,225 233.8,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Kingston upon Hull: Good, inspected 2 March 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,90 233.9,95 233.9,105 225.2,110 216.5,105 216.5,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Kingston upon Thames: Outstanding, inspected 2 December 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,210 181.9,215 181.9,225 173.2,230 164.5,225 164.5,215"/>
    <path class="mark" d="M170,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kirklees: Good, inspected 8 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,75 190.6,80 190.6,90 181.9,95 173.2,90 173.2,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Knowsley: Inadequate, inspected 18 November 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="86.6,90 95.3,95 95.3,105 86.6,110 77.9,105 77.9,95"/>
    <path class="mark" d="M83.4,96.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Lambeth: Good, inspected 12 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,195 207.9,200 207.9,210 199.2,215 190.5,210 190.5,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Lancashire: No overall grade (framework from April 2026), inspected 11 May 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="103.9,60 112.6,65 112.6,75 103.9,80 95.2,75 95.2,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Leeds: Outstanding, inspected 30 June 2025" aria-selected="true" class="hex key-outstanding" role="option" tabindex="0">
    <polygon points="199.2,75 207.9,80 207.9,90 199.2,95 190.5,90 190.5,80"/>
    <path class="mark" d="M196,85a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Leicester: Requires improvement to be good, inspected 23 September 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,150 129.9,155 129.9,165 121.2,170 112.5,165 112.5,155"/>
    <path class="mark" d="M117,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Leicestershire: Outstanding, inspected 22 April 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,150 147.3,155 147.3,165 138.6,170 129.9,165 129.9,155"/>
    <path class="mark" d="M135.4,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Lewisham: Good, inspected 4 December 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,195 242.5,200 242.5,210 233.8,215 225.1,210 225.1,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Lincolnshire: Outstanding, inspected 24 April 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,105 225.2,110 225.2,120 216.5,125 207.8,120 207.8,110"/>
    <path class="mark" d="M213.3,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Liverpool: No overall grade (framework from April 2026), inspected 11 May 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="77.9,105 86.6,110 86.6,120 77.9,125 69.2,120 69.2,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Luton: Good, inspected 19 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,135 225.2,140 225.2,150 216.5,155 207.8,150 207.8,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Manchester: Outstanding, inspected 22 September 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,90 147.3,95 147.3,105 138.6,110 129.9,105 129.9,95"/>
    <path class="mark" d="M135.4,100a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Medway: Good, inspected 17 July 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="285.8,195 294.5,200 294.5,210 285.8,215 277.1,210 277.1,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Merton: Outstanding, inspected 14 July 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,210 199.2,215 199.2,225 190.5,230 181.8,225 181.8,215"/>
    <path class="mark" d="M187.3,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Middlesbrough: No overall grade (framework from April 2026), inspected 8 June 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="207.8,60 216.5,65 216.5,75 207.8,80 199.1,75 199.1,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Milton Keynes: Good, inspected 28 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,150 164.6,155 164.6,165 155.9,170 147.2,165 147.2,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Newcastle upon Tyne: Good, inspected 12 May 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,30 181.9,35 181.9,45 173.2,50 164.5,45 164.5,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Newham: Outstanding, inspected 10 November 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="259.8,180 268.5,185 268.5,195 259.8,200 251.1,195 251.1,185"/>
    <path class="mark" d="M256.6,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Norfolk: Outstanding, inspected 23 February 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,105 259.8,110 259.8,120 251.1,125 242.4,120 242.4,110"/>
    <path class="mark" d="M247.9,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North East Lincolnshire: Good, inspected 14 July 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="242.5,90 251.2,95 251.2,105 242.5,110 233.8,105 233.8,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="North Lincolnshire: Outstanding, inspected 16 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,90 216.5,95 216.5,105 207.8,110 199.1,105 199.1,95"/>
    <path class="mark" d="M204.6,100a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North Northamptonshire: No overall grade (framework from April 2026), inspected 11 May 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="129.9,165 138.6,170 138.6,180 129.9,185 121.2,180 121.2,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="North Somerset: Requires improvement to be good, inspected 13 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,210 78,215 78,225 69.3,230 60.6,225 60.6,215"/>
    <path class="mark" d="M65.1,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="North Tyneside: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,0 199.2,5 199.2,15 190.5,20 181.8,15 181.8,5"/>
    <path class="mark" d="M187.3,10a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North Yorkshire: Outstanding, inspected 3 July 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,60 199.2,65 199.2,75 190.5,80 181.8,75 181.8,65"/>
    <path class="mark" d="M187.3,70a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Northumberland: Outstanding, inspected 20 May 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,15 190.6,20 190.6,30 181.9,35 173.2,30 173.2,20"/>
    <path class="mark" d="M178.7,25a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Nottingham: Inadequate, inspected 11 July 2022" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="164.5,135 173.2,140 173.2,150 164.5,155 155.8,150 155.8,140"/>
    <path class="mark" d="M161.3,141.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Nottinghamshire: Good, inspected 20 May 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,120 181.9,125 181.9,135 173.2,140 164.5,135 164.5,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Oldham: Good, inspected 13 May 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,75 173.2,80 173.2,90 164.5,95 155.8,90 155.8,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Oxfordshire: Good, inspected 12 February 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,180 129.9,185 129.9,195 121.2,200 112.5,195 112.5,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Peterborough: Inadequate, inspected 27 November 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="233.8,105 242.5,110 242.5,120 233.8,125 225.1,120 225.1,110"/>
    <path class="mark" d="M230.6,111.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Plymouth: Requires improvement to be good, inspected 22 January 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="43.3,255 52,260 52,270 43.3,275 34.6,270 34.6,260"/>
    <path class="mark" d="M39.1,263.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Portsmouth: No overall grade (framework from April 2026), inspected 6 July 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="129.9,225 138.6,230 138.6,240 129.9,245 121.2,240 121.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Reading: Requires improvement to be good, inspected 22 April 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="129.9,195 138.6,200 138.6,210 129.9,215 121.2,210 121.2,200"/>
    <path class="mark" d="M125.7,203.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Redbridge: Outstanding, inspected 10 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,165 259.8,170 259.8,180 251.1,185 242.4,180 242.4,170"/>
    <path class="mark" d="M247.9,175a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Redcar and Cleveland: Good, inspected 1 December 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,60 233.9,65 233.9,75 225.2,80 216.5,75 216.5,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Richmond upon Thames: Outstanding, inspected 30 June 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="164.5,195 173.2,200 173.2,210 164.5,215 155.8,210 155.8,200"/>
    <path class="mark" d="M161.3,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Rochdale: Requires improvement to be good, inspected 23 January 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="138.6,60 147.3,65 147.3,75 138.6,80 129.9,75 129.9,65"/>
    <path class="mark" d="M134.4,68.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Rotherham: Outstanding, inspected 3 November 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,105 190.6,110 190.6,120 181.9,125 173.2,120 173.2,110"/>
    <path class="mark" d="M178.7,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Rutland: Good, inspected 15 April 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,135 155.9,140 155.9,150 147.2,155 138.5,150 138.5,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Salford: Good, inspected 6 November 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,75 121.3,80 121.3,90 112.6,95 103.9,90 103.9,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sandwell: Good, inspected 13 October 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,135 86.6,140 86.6,150 77.9,155 69.2,150 69.2,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sefton: Good, inspected 23 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="69.3,90 78,95 78,105 69.3,110 60.6,105 60.6,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sheffield: Good, inspected 11 September 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,105 173.2,110 173.2,120 164.5,125 155.8,120 155.8,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Shropshire: Outstanding, inspected 23 June 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="60.6,135 69.3,140 69.3,150 60.6,155 51.9,150 51.9,140"/>
    <path class="mark" d="M57.4,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Slough: Requires improvement to be good, inspected 23 January 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="138.6,180 147.3,185 147.3,195 138.6,200 129.9,195 129.9,185"/>
    <path class="mark" d="M134.4,188.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Solihull: Good, inspected 3 November 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="103.9,150 112.6,155 112.6,165 103.9,170 95.2,165 95.2,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Somerset: No overall grade (framework from April 2026), inspected 27 April 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="60.6,225 69.3,230 69.3,240 60.6,245 51.9,240 51.9,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="South Gloucestershire: Good, inspected 3 June 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,195 86.6,200 86.6,210 77.9,215 69.2,210 69.2,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="South Tyneside: No overall grade (framework from April 2026), inspected 15 June 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="199.2,15 207.9,20 207.9,30 199.2,35 190.5,30 190.5,20"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Southampton: Good, inspected 5 June 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,225 121.3,230 121.3,240 112.6,245 103.9,240 103.9,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Southend-on-Sea: Good, inspected 14 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="259.8,150 268.5,155 268.5,165 259.8,170 251.1,165 251.1,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Southwark: Good, inspected 9 March 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,195 225.2,200 225.2,210 216.5,215 207.8,210 207.8,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="St Helens: Good, inspected 10 July 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="103.9,90 112.6,95 112.6,105 103.9,110 95.2,105 95.2,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Staffordshire: Requires improvement to be good, inspected 6 November 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="129.9,135 138.6,140 138.6,150 129.9,155 121.2,150 121.2,140"/>
    <path class="mark" d="M125.7,143.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Stockport: Requires improvement to be good, inspected 12 May 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,105 155.9,110 155.9,120 147.2,125 138.5,120 138.5,110"/>
    <path class="mark" d="M143,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Stockton-on-Tees: Requires improvement to be good, inspected 6 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="199.2,45 207.9,50 207.9,60 199.2,65 190.5,60 190.5,50"/>
    <path class="mark" d="M195,53.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Stoke-on-Trent: Requires improvement to be good, inspected 12 May 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,120 129.9,125 129.9,135 121.2,140 112.5,135 112.5,125"/>
    <path class="mark" d="M117,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Suffolk: Requires improvement to be good, inspected 3 June 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="242.5,120 251.2,125 251.2,135 242.5,140 233.8,135 233.8,125"/>
    <path class="mark" d="M238.3,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Sunderland: Outstanding, inspected 27 January 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,30 216.5,35 216.5,45 207.8,50 199.1,45 199.1,35"/>
    <path class="mark" d="M204.6,40a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Surrey: Good, inspected 17 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,210 164.6,215 164.6,225 155.9,230 147.2,225 147.2,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sutton: Good, inspected 16 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,225 190.6,230 190.6,240 181.9,245 173.2,240 173.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Swindon: Inadequate, inspected 17 July 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="95.3,195 104,200 104,210 95.3,215 86.6,210 86.6,200"/>
    <path class="mark" d="M92.1,201.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Tameside: Inadequate, inspected 4 December 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="155.9,90 164.6,95 164.6,105 155.9,110 147.2,105 147.2,95"/>
    <path class="mark" d="M152.7,96.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Telford and Wrekin: Outstanding, inspected 29 April 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="69.3,120 78,125 78,135 69.3,140 60.6,135 60.6,125"/>
    <path class="mark" d="M66.1,130a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Thurrock: Outstanding, inspected 16 September 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="242.5,150 251.2,155 251.2,165 242.5,170 233.8,165 233.8,155"/>
    <path class="mark" d="M239.3,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Torbay: Good, inspected 12 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="52,240 60.7,245 60.7,255 52,260 43.3,255 43.3,245"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Tower Hamlets: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="242.5,180 251.2,185 251.2,195 242.5,200 233.8,195 233.8,185"/>
    <path class="mark" d="M239.3,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Trafford: No overall grade (framework from April 2026), inspected 8 June 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="121.2,90 129.9,95 129.9,105 121.2,110 112.5,105 112.5,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wakefield: Good, inspected 24 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="190.5,90 199.2,95 199.2,105 190.5,110 181.8,105 181.8,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Walsall: Outstanding, inspected 12 May 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="95.3,135 104,140 104,150 95.3,155 86.6,150 86.6,140"/>
    <path class="mark" d="M92.1,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Waltham Forest: Good, inspected 8 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,165 242.5,170 242.5,180 233.8,185 225.1,180 225.1,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wandsworth: Outstanding, inspected 2 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,195 190.6,200 190.6,210 181.9,215 173.2,210 173.2,200"/>
    <path class="mark" d="M178.7,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Warrington: Good, inspected 10 June 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="129.9,105 138.6,110 138.6,120 129.9,125 121.2,120 121.2,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Warwickshire: Requires improvement to be good, inspected 2 June 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="95.3,165 104,170 104,180 95.3,185 86.6,180 86.6,170"/>
    <path class="mark" d="M91.1,173.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="West Berkshire: Good, inspected 15 September 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,195 121.3,200 121.3,210 112.6,215 103.9,210 103.9,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="West Northamptonshire: No overall grade (framework from April 2026), inspected 11 May 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="112.6,165 121.3,170 121.3,180 112.6,185 103.9,180 103.9,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="West Sussex: Requires improvement to be good, inspected 13 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="164.5,225 173.2,230 173.2,240 164.5,245 155.8,240 155.8,230"/>
    <path class="mark" d="M160.3,233.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Westminster: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,180 216.5,185 216.5,195 207.8,200 199.1,195 199.1,185"/>
    <path class="mark" d="M204.6,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Westmorland and Furness: Good, inspected 22 April 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,45 121.3,50 121.3,60 112.6,65 103.9,60 103.9,50"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wigan: Good, inspected 6 October 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="95.3,75 104,80 104,90 95.3,95 86.6,90 86.6,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wiltshire: Outstanding, inspected 25 September 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="103.9,210 112.6,215 112.6,225 103.9,230 95.2,225 95.2,215"/>
    <path class="mark" d="M100.7,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Windsor and Maidenhead: Good, inspected 7 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,195 155.9,200 155.9,210 147.2,215 138.5,210 138.5,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wirral: Requires improvement to be good, inspected 18 September 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="60.6,105 69.3,110 69.3,120 60.6,125 51.9,120 51.9,110"/>
    <path class="mark" d="M56.4,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Wokingham: Requires improvement to be good, inspected 6 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,210 129.9,215 129.9,225 121.2,230 112.5,225 112.5,215"/>
    <path class="mark" d="M117,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Wolverhampton: Good, inspected 26 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="86.6,120 95.3,125 95.3,135 86.6,140 77.9,135 77.9,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Worcestershire: Good, inspected 15 May 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="103.9,180 112.6,185 112.6,195 103.9,200 95.2,195 95.2,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="York: Outstanding, inspected 24 February 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,75 225.2,80 225.2,90 216.5,95 207.8,90 207.8,80"/>
    <path class="mark" d="M213.3,85a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <polygon aria-hidden="true" class="ring" points="199.2,75 207.9,80 207.9,90 199.2,95 190.5,90 190.5,80"/>
</svg>

<figure class="bar-figure">
  <figcaption>
    England
  </figcaption>
  <div aria-hidden="true" class="bar">
    <span class="segment key-outstanding" style="flex-grow:46"/>
    <span class="segment key-good" style="flex-grow:61"/>
    <span class="segment key-requires-improvement" style="flex-grow:24"/>
    <span class="segment key-inadequate" style="flex-grow:11"/>
    <span class="segment key-none" style="flex-grow:11"/>
  </div>
  <ul class="bar-key">
    <li>
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
      <span>
        Outstanding
        :
        <strong>
          46
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        Good
        :
        <strong>
          61
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
      <span>
        Requires improvement to be good
        :
        <strong>
          24
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-inadequate" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,-3.2l6.4,6.4m0,-6.4l-6.4,6.4"/>
      </svg>
      <span>
        Inadequate
        :
        <strong>
          11
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-none" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        No overall grade
        :
        <strong>
          11
        </strong>
      </span>
    </li>
  </ul>
</figure>

<figure class="bar-figure">
  <figcaption>
    Yorkshire and the Humber
  </figcaption>
  <div aria-hidden="true" class="bar">
    <span class="segment key-outstanding" style="flex-grow:5"/>
    <span class="segment key-good" style="flex-grow:9"/>
    <span class="segment key-requires-improvement" style="flex-grow:1"/>
  </div>
  <ul class="bar-key">
    <li>
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
      <span>
        Outstanding
        :
        <strong>
          5
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        Good
        :
        <strong>
          9
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
      <span>
        Requires improvement to be good
        :
        <strong>
          1
        </strong>
      </span>
    </li>
  </ul>
</figure>

<ol class="neighbours" part="neighbours">
  <li class="own">
    <span class="rank">
    </span>
    <span class="who">
      <span class="name">
        Leeds
      </span>
      <span class="detail">
        Outstanding
        , inspected 30 June 2025
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      1
    </span>
    <span class="who">
      <span class="name">
        Portsmouth
      </span>
      <span class="detail">
        No overall grade (framework from April 2026)
        , inspected 6 July 2026
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-none" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      2
    </span>
    <span class="who">
      <span class="name">
        Southend-on-Sea
      </span>
      <span class="detail">
        Good
        , inspected 14 October 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      3
    </span>
    <span class="who">
      <span class="name">
        Sheffield
      </span>
      <span class="detail">
        Good
        , inspected 11 September 2023
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      4
    </span>
    <span class="who">
      <span class="name">
        Milton Keynes
      </span>
      <span class="detail">
        Good
        , inspected 28 October 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      5
    </span>
    <span class="who">
      <span class="name">
        Kirklees
      </span>
      <span class="detail">
        Good
        , inspected 8 July 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      6
    </span>
    <span class="who">
      <span class="name">
        Salford
      </span>
      <span class="detail">
        Good
        , inspected 6 November 2023
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      7
    </span>
    <span class="who">
      <span class="name">
        Bristol
      </span>
      <span class="detail">
        Requires improvement to be good
        , inspected 16 January 2023
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      8
    </span>
    <span class="who">
      <span class="name">
        Southampton
      </span>
      <span class="detail">
        Good
        , inspected 5 June 2023
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      9
    </span>
    <span class="who">
      <span class="name">
        Croydon
      </span>
      <span class="detail">
        Good
        , inspected 14 October 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      10
    </span>
    <span class="who">
      <span class="name">
        Bournemouth, Christchurch and Poole
      </span>
      <span class="detail">
        Good
        , inspected 2 December 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
</ol>

<div aria-hidden="true" class="series">
  <div class="columns">
    <div class="column">
      <span class="segment key-inadequate" style="height:2%"/>
      <span class="segment key-requires-improvement" style="height:5.2%"/>
      <span class="segment key-good" style="height:3.9%"/>
      <span class="segment key-outstanding" style="height:0%"/>
      <span class="segment key-none" style="height:88.9%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:19.6%"/>
      <span class="segment key-good" style="height:8.5%"/>
      <span class="segment key-outstanding" style="height:0%"/>
      <span class="segment key-none" style="height:63.4%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:15%"/>
      <span class="segment key-requires-improvement" style="height:30.7%"/>
      <span class="segment key-good" style="height:13.7%"/>
      <span class="segment key-outstanding" style="height:1.3%"/>
      <span class="segment key-none" style="height:39.2%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:19.6%"/>
      <span class="segment key-requires-improvement" style="height:41.2%"/>
      <span class="segment key-good" style="height:25.5%"/>
      <span class="segment key-outstanding" style="height:1.3%"/>
      <span class="segment key-none" style="height:12.4%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:13.7%"/>
      <span class="segment key-requires-improvement" style="height:49%"/>
      <span class="segment key-good" style="height:35.3%"/>
      <span class="segment key-outstanding" style="height:2%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:40.5%"/>
      <span class="segment key-good" style="height:39.9%"/>
      <span class="segment key-outstanding" style="height:5.2%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:36.6%"/>
      <span class="segment key-good" style="height:37.3%"/>
      <span class="segment key-outstanding" style="height:11.8%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:36.6%"/>
      <span class="segment key-good" style="height:37.3%"/>
      <span class="segment key-outstanding" style="height:11.8%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:13.1%"/>
      <span class="segment key-requires-improvement" style="height:34%"/>
      <span class="segment key-good" style="height:39.2%"/>
      <span class="segment key-outstanding" style="height:13.7%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:32.7%"/>
      <span class="segment key-good" style="height:42.5%"/>
      <span class="segment key-outstanding" style="height:16.3%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:11.1%"/>
      <span class="segment key-requires-improvement" style="height:29.4%"/>
      <span class="segment key-good" style="height:39.9%"/>
      <span class="segment key-outstanding" style="height:19.6%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:12.4%"/>
      <span class="segment key-requires-improvement" style="height:20.3%"/>
      <span class="segment key-good" style="height:43.8%"/>
      <span class="segment key-outstanding" style="height:23.5%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:19%"/>
      <span class="segment key-good" style="height:42.5%"/>
      <span class="segment key-outstanding" style="height:30.1%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <svg class="line" preserveAspectRatio="none" viewBox="0 0 100 100">
      <path d="M3.8,44.5L11.5,67.7L19.2,47.4L26.9,26.4L34.6,19.7L42.3,2.6L50,5.8L57.7,5.8L65.4,6.8L73.1,8.1L80.8,9.8L88.5,11.8L96.2,15"/>
    </svg>
    <span class="point" style="left:3.8%;top:44.5%"/>
    <span class="point" style="left:11.5%;top:67.7%"/>
    <span class="point" style="left:19.2%;top:47.4%"/>
    <span class="point" style="left:26.9%;top:26.4%"/>
    <span class="point" style="left:34.6%;top:19.7%"/>
    <span class="point" style="left:42.3%;top:2.6%"/>
    <span class="point" style="left:50%;top:5.8%"/>
    <span class="point" style="left:57.7%;top:5.8%"/>
    <span class="point" style="left:65.4%;top:6.8%"/>
    <span class="point" style="left:73.1%;top:8.1%"/>
    <span class="point" style="left:80.8%;top:9.8%"/>
    <span class="point" style="left:88.5%;top:11.8%"/>
    <span class="point" style="left:96.2%;top:15%"/>
  </div>
  <div class="years">
    <span>
      2014
    </span>
    <span>
    </span>
    <span>
      2016
    </span>
    <span>
    </span>
    <span>
      2018
    </span>
    <span>
    </span>
    <span>
      2020
    </span>
    <span>
    </span>
    <span>
      2022
    </span>
    <span>
    </span>
    <span>
      2024
    </span>
    <span>
    </span>
    <span>
      2026
    </span>
  </div>
</div>
`;
/* end snapshot ofsted-england Leeds */

snapshots["ofsted-england NoOverallGrade"] = 
`
<svg aria-label="Map of England’s councils by latest overall effectiveness grade" class="map" part="map" role="listbox" viewBox="-2 -2 307.1 279">
  <g aria-label="Barking and Dagenham: Requires improvement to be good, inspected 10 July 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="277.1,180 285.8,185 285.8,195 277.1,200 268.4,195 268.4,185"/>
    <path class="mark" d="M272.9,188.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Barnet: Good, inspected 10 June 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,135 207.9,140 207.9,150 199.2,155 190.5,150 190.5,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Barnsley: Good, inspected 11 September 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,90 181.9,95 181.9,105 173.2,110 164.5,105 164.5,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bath and North East Somerset: Good, inspected 9 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,225 86.6,230 86.6,240 77.9,245 69.2,240 69.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bedford: Requires improvement to be good, inspected 14 July 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="190.5,120 199.2,125 199.2,135 190.5,140 181.8,135 181.8,125"/>
    <path class="mark" d="M186.3,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bexley: Outstanding, inspected 6 February 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="268.5,195 277.2,200 277.2,210 268.5,215 259.8,210 259.8,200"/>
    <path class="mark" d="M265.3,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Birmingham: Good, inspected 20 February 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="86.6,150 95.3,155 95.3,165 86.6,170 77.9,165 77.9,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Blackburn with Darwen: Good, inspected 3 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,60 129.9,65 129.9,75 121.2,80 112.5,75 112.5,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Blackpool: No overall grade (framework from April 2026), inspected 8 June 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="95.3,45 104,50 104,60 95.3,65 86.6,60 86.6,50"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bolton: Good, inspected 11 September 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="129.9,75 138.6,80 138.6,90 129.9,95 121.2,90 121.2,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bournemouth, Christchurch and Poole: Good, inspected 2 December 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="95.3,225 104,230 104,240 95.3,245 86.6,240 86.6,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bracknell Forest: Outstanding, inspected 8 December 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,210 147.3,215 147.3,225 138.6,230 129.9,225 129.9,215"/>
    <path class="mark" d="M135.4,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Bradford: Requires improvement to be good, inspected 12 January 2026" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="173.2,60 181.9,65 181.9,75 173.2,80 164.5,75 164.5,65"/>
    <path class="mark" d="M169,68.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Brent: No overall grade (framework from April 2026), inspected 27 April 2026" aria-selected="true" class="hex key-none" role="option" tabindex="0">
    <polygon points="181.9,165 190.6,170 190.6,180 181.9,185 173.2,180 173.2,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Brighton and Hove: Outstanding, inspected 11 March 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="199.2,225 207.9,230 207.9,240 199.2,245 190.5,240 190.5,230"/>
    <path class="mark" d="M196,235a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Bristol: Requires improvement to be good, inspected 16 January 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="86.6,210 95.3,215 95.3,225 86.6,230 77.9,225 77.9,215"/>
    <path class="mark" d="M82.4,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bromley: Outstanding, inspected 13 November 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="225.2,210 233.9,215 233.9,225 225.2,230 216.5,225 216.5,215"/>
    <path class="mark" d="M222,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Buckinghamshire: Requires improvement to be good, inspected 27 January 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,165 155.9,170 155.9,180 147.2,185 138.5,180 138.5,170"/>
    <path class="mark" d="M143,173.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bury: Requires improvement to be good, inspected 9 June 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,75 155.9,80 155.9,90 147.2,95 138.5,90 138.5,80"/>
    <path class="mark" d="M143,83.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Calderdale: Good, inspected 19 February 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,60 164.6,65 164.6,75 155.9,80 147.2,75 147.2,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cambridgeshire: Requires improvement to be good, inspected 4 March 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="225.2,120 233.9,125 233.9,135 225.2,140 216.5,135 216.5,125"/>
    <path class="mark" d="M221,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Camden: Outstanding, inspected 3 March 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,150 199.2,155 199.2,165 190.5,170 181.8,165 181.8,155"/>
    <path class="mark" d="M187.3,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Central Bedfordshire: Good, inspected 10 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="207.8,120 216.5,125 216.5,135 207.8,140 199.1,135 199.1,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cheshire East: Inadequate, inspected 26 February 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="103.9,120 112.6,125 112.6,135 103.9,140 95.2,135 95.2,125"/>
    <path class="mark" d="M100.7,126.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Cheshire West and Chester: Requires improvement to be good, inspected 15 July 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="95.3,105 104,110 104,120 95.3,125 86.6,120 86.6,110"/>
    <path class="mark" d="M91.1,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="City of London: Outstanding, inspected 23 September 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="225.2,180 233.9,185 233.9,195 225.2,200 216.5,195 216.5,185"/>
    <path class="mark" d="M222,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Cornwall: Good, inspected 1 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="34.6,240 43.3,245 43.3,255 34.6,260 25.9,255 25.9,245"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Coventry: Outstanding, inspected 9 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="112.6,135 121.3,140 121.3,150 112.6,155 103.9,150 103.9,140"/>
    <path class="mark" d="M109.4,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Croydon: Good, inspected 14 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="207.8,210 216.5,215 216.5,225 207.8,230 199.1,225 199.1,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cumberland: Good, inspected 7 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,30 129.9,35 129.9,45 121.2,50 112.5,45 112.5,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Darlington: Outstanding, inspected 9 February 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,45 190.6,50 190.6,60 181.9,65 173.2,60 173.2,50"/>
    <path class="mark" d="M178.7,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Derby: Outstanding, inspected 19 May 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,120 147.3,125 147.3,135 138.6,140 129.9,135 129.9,125"/>
    <path class="mark" d="M135.4,130a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Derbyshire: Good, inspected 30 October 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,120 164.6,125 164.6,135 155.9,140 147.2,135 147.2,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Devon: Inadequate, inspected 30 September 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="43.3,225 52,230 52,240 43.3,245 34.6,240 34.6,230"/>
    <path class="mark" d="M40.1,231.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Doncaster: Good, inspected 20 January 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,105 207.9,110 207.9,120 199.2,125 190.5,120 190.5,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Dorset: Outstanding, inspected 17 March 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="69.3,240 78,245 78,255 69.3,260 60.6,255 60.6,245"/>
    <path class="mark" d="M66.1,250a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Dudley: Requires improvement to be good, inspected 31 October 2022" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,150 78,155 78,165 69.3,170 60.6,165 60.6,155"/>
    <path class="mark" d="M65.1,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Durham: Outstanding, inspected 24 March 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="164.5,45 173.2,50 173.2,60 164.5,65 155.8,60 155.8,50"/>
    <path class="mark" d="M161.3,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Ealing: Good, inspected 22 April 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,165 173.2,170 173.2,180 164.5,185 155.8,180 155.8,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="East Riding of Yorkshire: Good, inspected 30 January 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,75 242.5,80 242.5,90 233.8,95 225.1,90 225.1,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="East Sussex: Good, inspected 11 December 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,225 225.2,230 225.2,240 216.5,245 207.8,240 207.8,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Enfield: Good, inspected 22 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,150 233.9,155 233.9,165 225.2,170 216.5,165 216.5,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Essex: Outstanding, inspected 26 June 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,135 259.8,140 259.8,150 251.1,155 242.4,150 242.4,140"/>
    <path class="mark" d="M247.9,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Gateshead: Good, inspected 2 December 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="190.5,30 199.2,35 199.2,45 190.5,50 181.8,45 181.8,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Gloucestershire: Good, inspected 9 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="86.6,180 95.3,185 95.3,195 86.6,200 77.9,195 77.9,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Greenwich: Outstanding, inspected 3 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,195 259.8,200 259.8,210 251.1,215 242.4,210 242.4,200"/>
    <path class="mark" d="M247.9,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hackney: Good, inspected 1 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,165 225.2,170 225.2,180 216.5,185 207.8,180 207.8,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Halton: Inadequate, inspected 13 May 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="112.6,105 121.3,110 121.3,120 112.6,125 103.9,120 103.9,110"/>
    <path class="mark" d="M109.4,111.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Hammersmith and Fulham: Outstanding, inspected 11 March 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,180 181.9,185 181.9,195 173.2,200 164.5,195 164.5,185"/>
    <path class="mark" d="M170,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hampshire: Outstanding, inspected 10 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="147.2,225 155.9,230 155.9,240 147.2,245 138.5,240 138.5,230"/>
    <path class="mark" d="M144,235a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Haringey: Outstanding, inspected 12 January 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,150 216.5,155 216.5,165 207.8,170 199.1,165 199.1,155"/>
    <path class="mark" d="M204.6,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Harrow: Inadequate, inspected 20 January 2025" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="181.9,135 190.6,140 190.6,150 181.9,155 173.2,150 173.2,140"/>
    <path class="mark" d="M178.7,141.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Hartlepool: Outstanding, inspected 18 March 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,45 225.2,50 225.2,60 216.5,65 207.8,60 207.8,50"/>
    <path class="mark" d="M213.3,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Havering: Inadequate, inspected 11 December 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="268.5,165 277.2,170 277.2,180 268.5,185 259.8,180 259.8,170"/>
    <path class="mark" d="M265.3,171.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Herefordshire: Good, inspected 10 November 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,165 86.6,170 86.6,180 77.9,185 69.2,180 69.2,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Hertfordshire: Outstanding, inspected 23 January 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="233.8,135 242.5,140 242.5,150 233.8,155 225.1,150 225.1,140"/>
    <path class="mark" d="M230.6,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hillingdon: Outstanding, inspected 2 October 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,150 181.9,155 181.9,165 173.2,170 164.5,165 164.5,155"/>
    <path class="mark" d="M170,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hounslow: Good, inspected 16 October 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,180 164.6,185 164.6,195 155.9,200 147.2,195 147.2,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Isle of Wight: Good, inspected 30 October 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,255 155.9,260 155.9,270 147.2,275 138.5,270 138.5,260"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Isles of Scilly: Inadequate, inspected 11 July 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="8.7,255 17.4,260 17.4,270 8.7,275 0,270 0,260"/>
    <path class="mark" d="M5.5,261.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Islington: Outstanding, inspected 2 December 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="199.2,165 207.9,170 207.9,180 199.2,185 190.5,180 190.5,170"/>
    <path class="mark" d="M196,175a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kensington and Chelsea: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,180 199.2,185 199.2,195 190.5,200 181.8,195 181.8,185"/>
    <path class="mark" d="M187.3,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kent: Good, inspected 3 November 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="242.5,210 251.2,215 251.2,225 242.5,230 233.8,225 233.8,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Kingston upon Hull: Good, inspected 2 March 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,90 233.9,95 233.9,105 225.2,110 216.5,105 216.5,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Kingston upon Thames: Outstanding, inspected 2 December 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,210 181.9,215 181.9,225 173.2,230 164.5,225 164.5,215"/>
    <path class="mark" d="M170,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kirklees: Good, inspected 8 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,75 190.6,80 190.6,90 181.9,95 173.2,90 173.2,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Knowsley: Inadequate, inspected 18 November 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="86.6,90 95.3,95 95.3,105 86.6,110 77.9,105 77.9,95"/>
    <path class="mark" d="M83.4,96.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Lambeth: Good, inspected 12 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,195 207.9,200 207.9,210 199.2,215 190.5,210 190.5,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Lancashire: No overall grade (framework from April 2026), inspected 11 May 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="103.9,60 112.6,65 112.6,75 103.9,80 95.2,75 95.2,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Leeds: Outstanding, inspected 30 June 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="199.2,75 207.9,80 207.9,90 199.2,95 190.5,90 190.5,80"/>
    <path class="mark" d="M196,85a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Leicester: Requires improvement to be good, inspected 23 September 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,150 129.9,155 129.9,165 121.2,170 112.5,165 112.5,155"/>
    <path class="mark" d="M117,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Leicestershire: Outstanding, inspected 22 April 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,150 147.3,155 147.3,165 138.6,170 129.9,165 129.9,155"/>
    <path class="mark" d="M135.4,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Lewisham: Good, inspected 4 December 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,195 242.5,200 242.5,210 233.8,215 225.1,210 225.1,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Lincolnshire: Outstanding, inspected 24 April 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,105 225.2,110 225.2,120 216.5,125 207.8,120 207.8,110"/>
    <path class="mark" d="M213.3,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Liverpool: No overall grade (framework from April 2026), inspected 11 May 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="77.9,105 86.6,110 86.6,120 77.9,125 69.2,120 69.2,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Luton: Good, inspected 19 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,135 225.2,140 225.2,150 216.5,155 207.8,150 207.8,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Manchester: Outstanding, inspected 22 September 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,90 147.3,95 147.3,105 138.6,110 129.9,105 129.9,95"/>
    <path class="mark" d="M135.4,100a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Medway: Good, inspected 17 July 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="285.8,195 294.5,200 294.5,210 285.8,215 277.1,210 277.1,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Merton: Outstanding, inspected 14 July 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,210 199.2,215 199.2,225 190.5,230 181.8,225 181.8,215"/>
    <path class="mark" d="M187.3,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Middlesbrough: No overall grade (framework from April 2026), inspected 8 June 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="207.8,60 216.5,65 216.5,75 207.8,80 199.1,75 199.1,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Milton Keynes: Good, inspected 28 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,150 164.6,155 164.6,165 155.9,170 147.2,165 147.2,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Newcastle upon Tyne: Good, inspected 12 May 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,30 181.9,35 181.9,45 173.2,50 164.5,45 164.5,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Newham: Outstanding, inspected 10 November 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="259.8,180 268.5,185 268.5,195 259.8,200 251.1,195 251.1,185"/>
    <path class="mark" d="M256.6,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Norfolk: Outstanding, inspected 23 February 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,105 259.8,110 259.8,120 251.1,125 242.4,120 242.4,110"/>
    <path class="mark" d="M247.9,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North East Lincolnshire: Good, inspected 14 July 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="242.5,90 251.2,95 251.2,105 242.5,110 233.8,105 233.8,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="North Lincolnshire: Outstanding, inspected 16 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,90 216.5,95 216.5,105 207.8,110 199.1,105 199.1,95"/>
    <path class="mark" d="M204.6,100a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North Northamptonshire: No overall grade (framework from April 2026), inspected 11 May 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="129.9,165 138.6,170 138.6,180 129.9,185 121.2,180 121.2,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="North Somerset: Requires improvement to be good, inspected 13 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,210 78,215 78,225 69.3,230 60.6,225 60.6,215"/>
    <path class="mark" d="M65.1,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="North Tyneside: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,0 199.2,5 199.2,15 190.5,20 181.8,15 181.8,5"/>
    <path class="mark" d="M187.3,10a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North Yorkshire: Outstanding, inspected 3 July 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,60 199.2,65 199.2,75 190.5,80 181.8,75 181.8,65"/>
    <path class="mark" d="M187.3,70a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Northumberland: Outstanding, inspected 20 May 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,15 190.6,20 190.6,30 181.9,35 173.2,30 173.2,20"/>
    <path class="mark" d="M178.7,25a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Nottingham: Inadequate, inspected 11 July 2022" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="164.5,135 173.2,140 173.2,150 164.5,155 155.8,150 155.8,140"/>
    <path class="mark" d="M161.3,141.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Nottinghamshire: Good, inspected 20 May 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,120 181.9,125 181.9,135 173.2,140 164.5,135 164.5,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Oldham: Good, inspected 13 May 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,75 173.2,80 173.2,90 164.5,95 155.8,90 155.8,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Oxfordshire: Good, inspected 12 February 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,180 129.9,185 129.9,195 121.2,200 112.5,195 112.5,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Peterborough: Inadequate, inspected 27 November 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="233.8,105 242.5,110 242.5,120 233.8,125 225.1,120 225.1,110"/>
    <path class="mark" d="M230.6,111.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Plymouth: Requires improvement to be good, inspected 22 January 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="43.3,255 52,260 52,270 43.3,275 34.6,270 34.6,260"/>
    <path class="mark" d="M39.1,263.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Portsmouth: No overall grade (framework from April 2026), inspected 6 July 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="129.9,225 138.6,230 138.6,240 129.9,245 121.2,240 121.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Reading: Requires improvement to be good, inspected 22 April 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="129.9,195 138.6,200 138.6,210 129.9,215 121.2,210 121.2,200"/>
    <path class="mark" d="M125.7,203.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Redbridge: Outstanding, inspected 10 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,165 259.8,170 259.8,180 251.1,185 242.4,180 242.4,170"/>
    <path class="mark" d="M247.9,175a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Redcar and Cleveland: Good, inspected 1 December 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,60 233.9,65 233.9,75 225.2,80 216.5,75 216.5,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Richmond upon Thames: Outstanding, inspected 30 June 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="164.5,195 173.2,200 173.2,210 164.5,215 155.8,210 155.8,200"/>
    <path class="mark" d="M161.3,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Rochdale: Requires improvement to be good, inspected 23 January 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="138.6,60 147.3,65 147.3,75 138.6,80 129.9,75 129.9,65"/>
    <path class="mark" d="M134.4,68.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Rotherham: Outstanding, inspected 3 November 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,105 190.6,110 190.6,120 181.9,125 173.2,120 173.2,110"/>
    <path class="mark" d="M178.7,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Rutland: Good, inspected 15 April 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,135 155.9,140 155.9,150 147.2,155 138.5,150 138.5,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Salford: Good, inspected 6 November 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,75 121.3,80 121.3,90 112.6,95 103.9,90 103.9,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sandwell: Good, inspected 13 October 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,135 86.6,140 86.6,150 77.9,155 69.2,150 69.2,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sefton: Good, inspected 23 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="69.3,90 78,95 78,105 69.3,110 60.6,105 60.6,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sheffield: Good, inspected 11 September 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,105 173.2,110 173.2,120 164.5,125 155.8,120 155.8,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Shropshire: Outstanding, inspected 23 June 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="60.6,135 69.3,140 69.3,150 60.6,155 51.9,150 51.9,140"/>
    <path class="mark" d="M57.4,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Slough: Requires improvement to be good, inspected 23 January 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="138.6,180 147.3,185 147.3,195 138.6,200 129.9,195 129.9,185"/>
    <path class="mark" d="M134.4,188.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Solihull: Good, inspected 3 November 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="103.9,150 112.6,155 112.6,165 103.9,170 95.2,165 95.2,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Somerset: No overall grade (framework from April 2026), inspected 27 April 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="60.6,225 69.3,230 69.3,240 60.6,245 51.9,240 51.9,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="South Gloucestershire: Good, inspected 3 June 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,195 86.6,200 86.6,210 77.9,215 69.2,210 69.2,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="South Tyneside: No overall grade (framework from April 2026), inspected 15 June 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="199.2,15 207.9,20 207.9,30 199.2,35 190.5,30 190.5,20"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Southampton: Good, inspected 5 June 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,225 121.3,230 121.3,240 112.6,245 103.9,240 103.9,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Southend-on-Sea: Good, inspected 14 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="259.8,150 268.5,155 268.5,165 259.8,170 251.1,165 251.1,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Southwark: Good, inspected 9 March 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,195 225.2,200 225.2,210 216.5,215 207.8,210 207.8,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="St Helens: Good, inspected 10 July 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="103.9,90 112.6,95 112.6,105 103.9,110 95.2,105 95.2,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Staffordshire: Requires improvement to be good, inspected 6 November 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="129.9,135 138.6,140 138.6,150 129.9,155 121.2,150 121.2,140"/>
    <path class="mark" d="M125.7,143.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Stockport: Requires improvement to be good, inspected 12 May 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,105 155.9,110 155.9,120 147.2,125 138.5,120 138.5,110"/>
    <path class="mark" d="M143,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Stockton-on-Tees: Requires improvement to be good, inspected 6 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="199.2,45 207.9,50 207.9,60 199.2,65 190.5,60 190.5,50"/>
    <path class="mark" d="M195,53.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Stoke-on-Trent: Requires improvement to be good, inspected 12 May 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,120 129.9,125 129.9,135 121.2,140 112.5,135 112.5,125"/>
    <path class="mark" d="M117,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Suffolk: Requires improvement to be good, inspected 3 June 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="242.5,120 251.2,125 251.2,135 242.5,140 233.8,135 233.8,125"/>
    <path class="mark" d="M238.3,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Sunderland: Outstanding, inspected 27 January 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,30 216.5,35 216.5,45 207.8,50 199.1,45 199.1,35"/>
    <path class="mark" d="M204.6,40a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Surrey: Good, inspected 17 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,210 164.6,215 164.6,225 155.9,230 147.2,225 147.2,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sutton: Good, inspected 16 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,225 190.6,230 190.6,240 181.9,245 173.2,240 173.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Swindon: Inadequate, inspected 17 July 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="95.3,195 104,200 104,210 95.3,215 86.6,210 86.6,200"/>
    <path class="mark" d="M92.1,201.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Tameside: Inadequate, inspected 4 December 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="155.9,90 164.6,95 164.6,105 155.9,110 147.2,105 147.2,95"/>
    <path class="mark" d="M152.7,96.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Telford and Wrekin: Outstanding, inspected 29 April 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="69.3,120 78,125 78,135 69.3,140 60.6,135 60.6,125"/>
    <path class="mark" d="M66.1,130a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Thurrock: Outstanding, inspected 16 September 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="242.5,150 251.2,155 251.2,165 242.5,170 233.8,165 233.8,155"/>
    <path class="mark" d="M239.3,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Torbay: Good, inspected 12 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="52,240 60.7,245 60.7,255 52,260 43.3,255 43.3,245"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Tower Hamlets: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="242.5,180 251.2,185 251.2,195 242.5,200 233.8,195 233.8,185"/>
    <path class="mark" d="M239.3,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Trafford: No overall grade (framework from April 2026), inspected 8 June 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="121.2,90 129.9,95 129.9,105 121.2,110 112.5,105 112.5,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wakefield: Good, inspected 24 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="190.5,90 199.2,95 199.2,105 190.5,110 181.8,105 181.8,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Walsall: Outstanding, inspected 12 May 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="95.3,135 104,140 104,150 95.3,155 86.6,150 86.6,140"/>
    <path class="mark" d="M92.1,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Waltham Forest: Good, inspected 8 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,165 242.5,170 242.5,180 233.8,185 225.1,180 225.1,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wandsworth: Outstanding, inspected 2 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,195 190.6,200 190.6,210 181.9,215 173.2,210 173.2,200"/>
    <path class="mark" d="M178.7,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Warrington: Good, inspected 10 June 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="129.9,105 138.6,110 138.6,120 129.9,125 121.2,120 121.2,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Warwickshire: Requires improvement to be good, inspected 2 June 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="95.3,165 104,170 104,180 95.3,185 86.6,180 86.6,170"/>
    <path class="mark" d="M91.1,173.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="West Berkshire: Good, inspected 15 September 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,195 121.3,200 121.3,210 112.6,215 103.9,210 103.9,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="West Northamptonshire: No overall grade (framework from April 2026), inspected 11 May 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="112.6,165 121.3,170 121.3,180 112.6,185 103.9,180 103.9,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="West Sussex: Requires improvement to be good, inspected 13 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="164.5,225 173.2,230 173.2,240 164.5,245 155.8,240 155.8,230"/>
    <path class="mark" d="M160.3,233.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Westminster: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,180 216.5,185 216.5,195 207.8,200 199.1,195 199.1,185"/>
    <path class="mark" d="M204.6,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Westmorland and Furness: Good, inspected 22 April 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,45 121.3,50 121.3,60 112.6,65 103.9,60 103.9,50"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wigan: Good, inspected 6 October 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="95.3,75 104,80 104,90 95.3,95 86.6,90 86.6,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wiltshire: Outstanding, inspected 25 September 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="103.9,210 112.6,215 112.6,225 103.9,230 95.2,225 95.2,215"/>
    <path class="mark" d="M100.7,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Windsor and Maidenhead: Good, inspected 7 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,195 155.9,200 155.9,210 147.2,215 138.5,210 138.5,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wirral: Requires improvement to be good, inspected 18 September 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="60.6,105 69.3,110 69.3,120 60.6,125 51.9,120 51.9,110"/>
    <path class="mark" d="M56.4,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Wokingham: Requires improvement to be good, inspected 6 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,210 129.9,215 129.9,225 121.2,230 112.5,225 112.5,215"/>
    <path class="mark" d="M117,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Wolverhampton: Good, inspected 26 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="86.6,120 95.3,125 95.3,135 86.6,140 77.9,135 77.9,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Worcestershire: Good, inspected 15 May 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="103.9,180 112.6,185 112.6,195 103.9,200 95.2,195 95.2,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="York: Outstanding, inspected 24 February 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,75 225.2,80 225.2,90 216.5,95 207.8,90 207.8,80"/>
    <path class="mark" d="M213.3,85a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <polygon aria-hidden="true" class="ring" points="181.9,165 190.6,170 190.6,180 181.9,185 173.2,180 173.2,170"/>
</svg>

<figure class="bar-figure">
  <figcaption>
    England
  </figcaption>
  <div aria-hidden="true" class="bar">
    <span class="segment key-outstanding" style="flex-grow:46"/>
    <span class="segment key-good" style="flex-grow:61"/>
    <span class="segment key-requires-improvement" style="flex-grow:24"/>
    <span class="segment key-inadequate" style="flex-grow:11"/>
    <span class="segment key-none" style="flex-grow:11"/>
  </div>
  <ul class="bar-key">
    <li>
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
      <span>
        Outstanding
        :
        <strong>
          46
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        Good
        :
        <strong>
          61
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
      <span>
        Requires improvement to be good
        :
        <strong>
          24
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-inadequate" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,-3.2l6.4,6.4m0,-6.4l-6.4,6.4"/>
      </svg>
      <span>
        Inadequate
        :
        <strong>
          11
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-none" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        No overall grade
        :
        <strong>
          11
        </strong>
      </span>
    </li>
  </ul>
</figure>

<figure class="bar-figure">
  <figcaption>
    London
  </figcaption>
  <div aria-hidden="true" class="bar">
    <span class="segment key-outstanding" style="flex-grow:18"/>
    <span class="segment key-good" style="flex-grow:11"/>
    <span class="segment key-requires-improvement" style="flex-grow:1"/>
    <span class="segment key-inadequate" style="flex-grow:2"/>
    <span class="segment key-none" style="flex-grow:1"/>
  </div>
  <ul class="bar-key">
    <li>
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
      <span>
        Outstanding
        :
        <strong>
          18
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        Good
        :
        <strong>
          11
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
      <span>
        Requires improvement to be good
        :
        <strong>
          1
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-inadequate" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,-3.2l6.4,6.4m0,-6.4l-6.4,6.4"/>
      </svg>
      <span>
        Inadequate
        :
        <strong>
          2
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-none" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        No overall grade
        :
        <strong>
          1
        </strong>
      </span>
    </li>
  </ul>
</figure>

<ol class="neighbours" part="neighbours">
  <li class="own">
    <span class="rank">
    </span>
    <span class="who">
      <span class="name">
        Brent
      </span>
      <span class="detail">
        No overall grade (framework from April 2026)
        , inspected 27 April 2026
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-none" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      1
    </span>
    <span class="who">
      <span class="name">
        Ealing
      </span>
      <span class="detail">
        Good
        , inspected 22 April 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      2
    </span>
    <span class="who">
      <span class="name">
        Newham
      </span>
      <span class="detail">
        Outstanding
        , inspected 10 November 2025
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      3
    </span>
    <span class="who">
      <span class="name">
        Hounslow
      </span>
      <span class="detail">
        Good
        , inspected 16 October 2023
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      4
    </span>
    <span class="who">
      <span class="name">
        Haringey
      </span>
      <span class="detail">
        Outstanding
        , inspected 12 January 2026
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      5
    </span>
    <span class="who">
      <span class="name">
        Luton
      </span>
      <span class="detail">
        Good
        , inspected 19 January 2026
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      6
    </span>
    <span class="who">
      <span class="name">
        Slough
      </span>
      <span class="detail">
        Requires improvement to be good
        , inspected 23 January 2023
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      7
    </span>
    <span class="who">
      <span class="name">
        Barking and Dagenham
      </span>
      <span class="detail">
        Requires improvement to be good
        , inspected 10 July 2023
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      8
    </span>
    <span class="who">
      <span class="name">
        Enfield
      </span>
      <span class="detail">
        Good
        , inspected 22 July 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      9
    </span>
    <span class="who">
      <span class="name">
        Waltham Forest
      </span>
      <span class="detail">
        Good
        , inspected 8 July 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      10
    </span>
    <span class="who">
      <span class="name">
        Redbridge
      </span>
      <span class="detail">
        Outstanding
        , inspected 10 June 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
    </span>
  </li>
</ol>

<div aria-hidden="true" class="series">
  <div class="columns">
    <div class="column">
      <span class="segment key-inadequate" style="height:2%"/>
      <span class="segment key-requires-improvement" style="height:5.2%"/>
      <span class="segment key-good" style="height:3.9%"/>
      <span class="segment key-outstanding" style="height:0%"/>
      <span class="segment key-none" style="height:88.9%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:19.6%"/>
      <span class="segment key-good" style="height:8.5%"/>
      <span class="segment key-outstanding" style="height:0%"/>
      <span class="segment key-none" style="height:63.4%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:15%"/>
      <span class="segment key-requires-improvement" style="height:30.7%"/>
      <span class="segment key-good" style="height:13.7%"/>
      <span class="segment key-outstanding" style="height:1.3%"/>
      <span class="segment key-none" style="height:39.2%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:19.6%"/>
      <span class="segment key-requires-improvement" style="height:41.2%"/>
      <span class="segment key-good" style="height:25.5%"/>
      <span class="segment key-outstanding" style="height:1.3%"/>
      <span class="segment key-none" style="height:12.4%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:13.7%"/>
      <span class="segment key-requires-improvement" style="height:49%"/>
      <span class="segment key-good" style="height:35.3%"/>
      <span class="segment key-outstanding" style="height:2%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:40.5%"/>
      <span class="segment key-good" style="height:39.9%"/>
      <span class="segment key-outstanding" style="height:5.2%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:36.6%"/>
      <span class="segment key-good" style="height:37.3%"/>
      <span class="segment key-outstanding" style="height:11.8%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:36.6%"/>
      <span class="segment key-good" style="height:37.3%"/>
      <span class="segment key-outstanding" style="height:11.8%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:13.1%"/>
      <span class="segment key-requires-improvement" style="height:34%"/>
      <span class="segment key-good" style="height:39.2%"/>
      <span class="segment key-outstanding" style="height:13.7%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:32.7%"/>
      <span class="segment key-good" style="height:42.5%"/>
      <span class="segment key-outstanding" style="height:16.3%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:11.1%"/>
      <span class="segment key-requires-improvement" style="height:29.4%"/>
      <span class="segment key-good" style="height:39.9%"/>
      <span class="segment key-outstanding" style="height:19.6%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:12.4%"/>
      <span class="segment key-requires-improvement" style="height:20.3%"/>
      <span class="segment key-good" style="height:43.8%"/>
      <span class="segment key-outstanding" style="height:23.5%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:19%"/>
      <span class="segment key-good" style="height:42.5%"/>
      <span class="segment key-outstanding" style="height:30.1%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <svg class="line" preserveAspectRatio="none" viewBox="0 0 100 100">
      <path d="M3.8,44.5L11.5,31.7L19.2,69.7L26.9,59.8L34.6,61.8L42.3,25.2L50,30.4L57.7,30.4L65.4,33.3L73.1,37.6L80.8,39.6L88.5,45.4L96.2,51.3"/>
    </svg>
    <span class="point" style="left:3.8%;top:44.5%"/>
    <span class="point" style="left:11.5%;top:31.7%"/>
    <span class="point" style="left:19.2%;top:69.7%"/>
    <span class="point" style="left:26.9%;top:59.8%"/>
    <span class="point" style="left:34.6%;top:61.8%"/>
    <span class="point" style="left:42.3%;top:25.2%"/>
    <span class="point" style="left:50%;top:30.4%"/>
    <span class="point" style="left:57.7%;top:30.4%"/>
    <span class="point" style="left:65.4%;top:33.3%"/>
    <span class="point" style="left:73.1%;top:37.6%"/>
    <span class="point" style="left:80.8%;top:39.6%"/>
    <span class="point" style="left:88.5%;top:45.4%"/>
    <span class="point" style="left:96.2%;top:51.3%"/>
  </div>
  <div class="years">
    <span>
      2014
    </span>
    <span>
    </span>
    <span>
      2016
    </span>
    <span>
    </span>
    <span>
      2018
    </span>
    <span>
    </span>
    <span>
      2020
    </span>
    <span>
    </span>
    <span>
      2022
    </span>
    <span>
    </span>
    <span>
      2024
    </span>
    <span>
    </span>
    <span>
      2026
    </span>
  </div>
</div>
`;
/* end snapshot ofsted-england NoOverallGrade */

snapshots["ofsted-england Leadership"] = 
`
<svg aria-label="Map of England’s councils by latest leadership grade" class="map" part="map" role="listbox" viewBox="-2 -2 307.1 279">
  <g aria-label="Barking and Dagenham: Requires improvement to be good, inspected 10 July 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="277.1,180 285.8,185 285.8,195 277.1,200 268.4,195 268.4,185"/>
    <path class="mark" d="M272.9,188.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Barnet: Good, inspected 10 June 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,135 207.9,140 207.9,150 199.2,155 190.5,150 190.5,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Barnsley: Good, inspected 11 September 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,90 181.9,95 181.9,105 173.2,110 164.5,105 164.5,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bath and North East Somerset: Good, inspected 9 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,225 86.6,230 86.6,240 77.9,245 69.2,240 69.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bedford: Requires improvement to be good, inspected 14 July 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="190.5,120 199.2,125 199.2,135 190.5,140 181.8,135 181.8,125"/>
    <path class="mark" d="M186.3,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bexley: Outstanding, inspected 6 February 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="268.5,195 277.2,200 277.2,210 268.5,215 259.8,210 259.8,200"/>
    <path class="mark" d="M265.3,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Birmingham: Good, inspected 20 February 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="86.6,150 95.3,155 95.3,165 86.6,170 77.9,165 77.9,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Blackburn with Darwen: Good, inspected 3 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,60 129.9,65 129.9,75 121.2,80 112.5,75 112.5,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Blackpool: Outstanding, inspected 8 June 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="95.3,45 104,50 104,60 95.3,65 86.6,60 86.6,50"/>
    <path class="mark" d="M92.1,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Bolton: Good, inspected 11 September 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="129.9,75 138.6,80 138.6,90 129.9,95 121.2,90 121.2,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bournemouth, Christchurch and Poole: Good, inspected 2 December 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="95.3,225 104,230 104,240 95.3,245 86.6,240 86.6,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bracknell Forest: Outstanding, inspected 8 December 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,210 147.3,215 147.3,225 138.6,230 129.9,225 129.9,215"/>
    <path class="mark" d="M135.4,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Bradford: Good, inspected 12 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,60 181.9,65 181.9,75 173.2,80 164.5,75 164.5,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Brent: Good, inspected 27 April 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,165 190.6,170 190.6,180 181.9,185 173.2,180 173.2,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Brighton and Hove: Outstanding, inspected 11 March 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="199.2,225 207.9,230 207.9,240 199.2,245 190.5,240 190.5,230"/>
    <path class="mark" d="M196,235a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Bristol: Requires improvement to be good, inspected 16 January 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="86.6,210 95.3,215 95.3,225 86.6,230 77.9,225 77.9,215"/>
    <path class="mark" d="M82.4,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bromley: Outstanding, inspected 13 November 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="225.2,210 233.9,215 233.9,225 225.2,230 216.5,225 216.5,215"/>
    <path class="mark" d="M222,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Buckinghamshire: Requires improvement to be good, inspected 27 January 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,165 155.9,170 155.9,180 147.2,185 138.5,180 138.5,170"/>
    <path class="mark" d="M143,173.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bury: Good, inspected 9 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,75 155.9,80 155.9,90 147.2,95 138.5,90 138.5,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Calderdale: Good, inspected 19 February 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,60 164.6,65 164.6,75 155.9,80 147.2,75 147.2,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cambridgeshire: Requires improvement to be good, inspected 4 March 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="225.2,120 233.9,125 233.9,135 225.2,140 216.5,135 216.5,125"/>
    <path class="mark" d="M221,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Camden: Outstanding, inspected 3 March 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,150 199.2,155 199.2,165 190.5,170 181.8,165 181.8,155"/>
    <path class="mark" d="M187.3,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Central Bedfordshire: Good, inspected 10 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="207.8,120 216.5,125 216.5,135 207.8,140 199.1,135 199.1,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cheshire East: Requires improvement to be good, inspected 26 February 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="103.9,120 112.6,125 112.6,135 103.9,140 95.2,135 95.2,125"/>
    <path class="mark" d="M99.7,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Cheshire West and Chester: Requires improvement to be good, inspected 15 July 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="95.3,105 104,110 104,120 95.3,125 86.6,120 86.6,110"/>
    <path class="mark" d="M91.1,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="City of London: Outstanding, inspected 23 September 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="225.2,180 233.9,185 233.9,195 225.2,200 216.5,195 216.5,185"/>
    <path class="mark" d="M222,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Cornwall: Good, inspected 1 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="34.6,240 43.3,245 43.3,255 34.6,260 25.9,255 25.9,245"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Coventry: Outstanding, inspected 9 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="112.6,135 121.3,140 121.3,150 112.6,155 103.9,150 103.9,140"/>
    <path class="mark" d="M109.4,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Croydon: Good, inspected 14 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="207.8,210 216.5,215 216.5,225 207.8,230 199.1,225 199.1,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cumberland: Good, inspected 7 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,30 129.9,35 129.9,45 121.2,50 112.5,45 112.5,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Darlington: Outstanding, inspected 9 February 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,45 190.6,50 190.6,60 181.9,65 173.2,60 173.2,50"/>
    <path class="mark" d="M178.7,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Derby: Outstanding, inspected 19 May 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,120 147.3,125 147.3,135 138.6,140 129.9,135 129.9,125"/>
    <path class="mark" d="M135.4,130a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Derbyshire: Good, inspected 30 October 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,120 164.6,125 164.6,135 155.9,140 147.2,135 147.2,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Devon: Requires improvement to be good, inspected 30 September 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="43.3,225 52,230 52,240 43.3,245 34.6,240 34.6,230"/>
    <path class="mark" d="M39.1,233.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Doncaster: Good, inspected 20 January 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,105 207.9,110 207.9,120 199.2,125 190.5,120 190.5,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Dorset: Outstanding, inspected 17 March 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="69.3,240 78,245 78,255 69.3,260 60.6,255 60.6,245"/>
    <path class="mark" d="M66.1,250a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Dudley: Requires improvement to be good, inspected 31 October 2022" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,150 78,155 78,165 69.3,170 60.6,165 60.6,155"/>
    <path class="mark" d="M65.1,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Durham: Outstanding, inspected 24 March 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="164.5,45 173.2,50 173.2,60 164.5,65 155.8,60 155.8,50"/>
    <path class="mark" d="M161.3,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Ealing: Good, inspected 22 April 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,165 173.2,170 173.2,180 164.5,185 155.8,180 155.8,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="East Riding of Yorkshire: Good, inspected 30 January 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,75 242.5,80 242.5,90 233.8,95 225.1,90 225.1,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="East Sussex: Good, inspected 11 December 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,225 225.2,230 225.2,240 216.5,245 207.8,240 207.8,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Enfield: Good, inspected 22 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,150 233.9,155 233.9,165 225.2,170 216.5,165 216.5,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Essex: Outstanding, inspected 26 June 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,135 259.8,140 259.8,150 251.1,155 242.4,150 242.4,140"/>
    <path class="mark" d="M247.9,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Gateshead: Good, inspected 2 December 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="190.5,30 199.2,35 199.2,45 190.5,50 181.8,45 181.8,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Gloucestershire: Outstanding, inspected 9 June 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="86.6,180 95.3,185 95.3,195 86.6,200 77.9,195 77.9,185"/>
    <path class="mark" d="M83.4,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Greenwich: Outstanding, inspected 3 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,195 259.8,200 259.8,210 251.1,215 242.4,210 242.4,200"/>
    <path class="mark" d="M247.9,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hackney: Good, inspected 1 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,165 225.2,170 225.2,180 216.5,185 207.8,180 207.8,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Halton: Inadequate, inspected 13 May 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="112.6,105 121.3,110 121.3,120 112.6,125 103.9,120 103.9,110"/>
    <path class="mark" d="M109.4,111.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Hammersmith and Fulham: Outstanding, inspected 11 March 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,180 181.9,185 181.9,195 173.2,200 164.5,195 164.5,185"/>
    <path class="mark" d="M170,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hampshire: Outstanding, inspected 10 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="147.2,225 155.9,230 155.9,240 147.2,245 138.5,240 138.5,230"/>
    <path class="mark" d="M144,235a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Haringey: Outstanding, inspected 12 January 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,150 216.5,155 216.5,165 207.8,170 199.1,165 199.1,155"/>
    <path class="mark" d="M204.6,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Harrow: Requires improvement to be good, inspected 20 January 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="181.9,135 190.6,140 190.6,150 181.9,155 173.2,150 173.2,140"/>
    <path class="mark" d="M177.7,143.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Hartlepool: Outstanding, inspected 18 March 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,45 225.2,50 225.2,60 216.5,65 207.8,60 207.8,50"/>
    <path class="mark" d="M213.3,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Havering: Inadequate, inspected 11 December 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="268.5,165 277.2,170 277.2,180 268.5,185 259.8,180 259.8,170"/>
    <path class="mark" d="M265.3,171.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Herefordshire: Outstanding, inspected 10 November 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="77.9,165 86.6,170 86.6,180 77.9,185 69.2,180 69.2,170"/>
    <path class="mark" d="M74.7,175a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hertfordshire: Outstanding, inspected 23 January 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="233.8,135 242.5,140 242.5,150 233.8,155 225.1,150 225.1,140"/>
    <path class="mark" d="M230.6,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hillingdon: Outstanding, inspected 2 October 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,150 181.9,155 181.9,165 173.2,170 164.5,165 164.5,155"/>
    <path class="mark" d="M170,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hounslow: Outstanding, inspected 16 October 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="155.9,180 164.6,185 164.6,195 155.9,200 147.2,195 147.2,185"/>
    <path class="mark" d="M152.7,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Isle of Wight: Good, inspected 30 October 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,255 155.9,260 155.9,270 147.2,275 138.5,270 138.5,260"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Isles of Scilly: Inadequate, inspected 11 July 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="8.7,255 17.4,260 17.4,270 8.7,275 0,270 0,260"/>
    <path class="mark" d="M5.5,261.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Islington: Outstanding, inspected 2 December 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="199.2,165 207.9,170 207.9,180 199.2,185 190.5,180 190.5,170"/>
    <path class="mark" d="M196,175a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kensington and Chelsea: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,180 199.2,185 199.2,195 190.5,200 181.8,195 181.8,185"/>
    <path class="mark" d="M187.3,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kent: Good, inspected 3 November 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="242.5,210 251.2,215 251.2,225 242.5,230 233.8,225 233.8,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Kingston upon Hull: Outstanding, inspected 2 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="225.2,90 233.9,95 233.9,105 225.2,110 216.5,105 216.5,95"/>
    <path class="mark" d="M222,100a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kingston upon Thames: Outstanding, inspected 2 December 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,210 181.9,215 181.9,225 173.2,230 164.5,225 164.5,215"/>
    <path class="mark" d="M170,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kirklees: Good, inspected 8 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,75 190.6,80 190.6,90 181.9,95 173.2,90 173.2,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Knowsley: Inadequate, inspected 18 November 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="86.6,90 95.3,95 95.3,105 86.6,110 77.9,105 77.9,95"/>
    <path class="mark" d="M83.4,96.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Lambeth: Good, inspected 12 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,195 207.9,200 207.9,210 199.2,215 190.5,210 190.5,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Lancashire: Outstanding, inspected 11 May 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="103.9,60 112.6,65 112.6,75 103.9,80 95.2,75 95.2,65"/>
    <path class="mark" d="M100.7,70a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Leeds: Outstanding, inspected 30 June 2025" aria-selected="true" class="hex key-outstanding" role="option" tabindex="0">
    <polygon points="199.2,75 207.9,80 207.9,90 199.2,95 190.5,90 190.5,80"/>
    <path class="mark" d="M196,85a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Leicester: Requires improvement to be good, inspected 23 September 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,150 129.9,155 129.9,165 121.2,170 112.5,165 112.5,155"/>
    <path class="mark" d="M117,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Leicestershire: Outstanding, inspected 22 April 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,150 147.3,155 147.3,165 138.6,170 129.9,165 129.9,155"/>
    <path class="mark" d="M135.4,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Lewisham: Good, inspected 4 December 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,195 242.5,200 242.5,210 233.8,215 225.1,210 225.1,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Lincolnshire: Outstanding, inspected 24 April 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,105 225.2,110 225.2,120 216.5,125 207.8,120 207.8,110"/>
    <path class="mark" d="M213.3,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Liverpool: Good, inspected 11 May 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,105 86.6,110 86.6,120 77.9,125 69.2,120 69.2,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Luton: Good, inspected 19 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,135 225.2,140 225.2,150 216.5,155 207.8,150 207.8,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Manchester: Outstanding, inspected 22 September 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,90 147.3,95 147.3,105 138.6,110 129.9,105 129.9,95"/>
    <path class="mark" d="M135.4,100a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Medway: Good, inspected 17 July 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="285.8,195 294.5,200 294.5,210 285.8,215 277.1,210 277.1,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Merton: Outstanding, inspected 14 July 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,210 199.2,215 199.2,225 190.5,230 181.8,225 181.8,215"/>
    <path class="mark" d="M187.3,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Middlesbrough: Requires improvement to be good, inspected 8 June 2026" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="207.8,60 216.5,65 216.5,75 207.8,80 199.1,75 199.1,65"/>
    <path class="mark" d="M203.6,68.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Milton Keynes: Good, inspected 28 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,150 164.6,155 164.6,165 155.9,170 147.2,165 147.2,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Newcastle upon Tyne: Good, inspected 12 May 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,30 181.9,35 181.9,45 173.2,50 164.5,45 164.5,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Newham: Outstanding, inspected 10 November 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="259.8,180 268.5,185 268.5,195 259.8,200 251.1,195 251.1,185"/>
    <path class="mark" d="M256.6,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Norfolk: Outstanding, inspected 23 February 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,105 259.8,110 259.8,120 251.1,125 242.4,120 242.4,110"/>
    <path class="mark" d="M247.9,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North East Lincolnshire: Outstanding, inspected 14 July 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="242.5,90 251.2,95 251.2,105 242.5,110 233.8,105 233.8,95"/>
    <path class="mark" d="M239.3,100a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North Lincolnshire: Outstanding, inspected 16 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,90 216.5,95 216.5,105 207.8,110 199.1,105 199.1,95"/>
    <path class="mark" d="M204.6,100a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North Northamptonshire: Outstanding, inspected 11 May 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="129.9,165 138.6,170 138.6,180 129.9,185 121.2,180 121.2,170"/>
    <path class="mark" d="M126.7,175a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North Somerset: Requires improvement to be good, inspected 13 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,210 78,215 78,225 69.3,230 60.6,225 60.6,215"/>
    <path class="mark" d="M65.1,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="North Tyneside: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,0 199.2,5 199.2,15 190.5,20 181.8,15 181.8,5"/>
    <path class="mark" d="M187.3,10a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North Yorkshire: Outstanding, inspected 3 July 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,60 199.2,65 199.2,75 190.5,80 181.8,75 181.8,65"/>
    <path class="mark" d="M187.3,70a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Northumberland: Outstanding, inspected 20 May 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,15 190.6,20 190.6,30 181.9,35 173.2,30 173.2,20"/>
    <path class="mark" d="M178.7,25a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Nottingham: Requires improvement to be good, inspected 11 July 2022" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="164.5,135 173.2,140 173.2,150 164.5,155 155.8,150 155.8,140"/>
    <path class="mark" d="M160.3,143.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Nottinghamshire: Outstanding, inspected 20 May 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,120 181.9,125 181.9,135 173.2,140 164.5,135 164.5,125"/>
    <path class="mark" d="M170,130a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Oldham: Good, inspected 13 May 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,75 173.2,80 173.2,90 164.5,95 155.8,90 155.8,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Oxfordshire: Good, inspected 12 February 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,180 129.9,185 129.9,195 121.2,200 112.5,195 112.5,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Peterborough: Requires improvement to be good, inspected 27 November 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="233.8,105 242.5,110 242.5,120 233.8,125 225.1,120 225.1,110"/>
    <path class="mark" d="M229.6,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Plymouth: Requires improvement to be good, inspected 22 January 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="43.3,255 52,260 52,270 43.3,275 34.6,270 34.6,260"/>
    <path class="mark" d="M39.1,263.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Portsmouth: Outstanding, inspected 6 July 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="129.9,225 138.6,230 138.6,240 129.9,245 121.2,240 121.2,230"/>
    <path class="mark" d="M126.7,235a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Reading: Requires improvement to be good, inspected 22 April 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="129.9,195 138.6,200 138.6,210 129.9,215 121.2,210 121.2,200"/>
    <path class="mark" d="M125.7,203.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Redbridge: Outstanding, inspected 10 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,165 259.8,170 259.8,180 251.1,185 242.4,180 242.4,170"/>
    <path class="mark" d="M247.9,175a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Redcar and Cleveland: Good, inspected 1 December 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,60 233.9,65 233.9,75 225.2,80 216.5,75 216.5,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Richmond upon Thames: Outstanding, inspected 30 June 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="164.5,195 173.2,200 173.2,210 164.5,215 155.8,210 155.8,200"/>
    <path class="mark" d="M161.3,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Rochdale: Requires improvement to be good, inspected 23 January 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="138.6,60 147.3,65 147.3,75 138.6,80 129.9,75 129.9,65"/>
    <path class="mark" d="M134.4,68.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Rotherham: Outstanding, inspected 3 November 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,105 190.6,110 190.6,120 181.9,125 173.2,120 173.2,110"/>
    <path class="mark" d="M178.7,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Rutland: Good, inspected 15 April 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,135 155.9,140 155.9,150 147.2,155 138.5,150 138.5,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Salford: Outstanding, inspected 6 November 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="112.6,75 121.3,80 121.3,90 112.6,95 103.9,90 103.9,80"/>
    <path class="mark" d="M109.4,85a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Sandwell: Good, inspected 13 October 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,135 86.6,140 86.6,150 77.9,155 69.2,150 69.2,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sefton: Good, inspected 23 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="69.3,90 78,95 78,105 69.3,110 60.6,105 60.6,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sheffield: Good, inspected 11 September 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,105 173.2,110 173.2,120 164.5,125 155.8,120 155.8,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Shropshire: Outstanding, inspected 23 June 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="60.6,135 69.3,140 69.3,150 60.6,155 51.9,150 51.9,140"/>
    <path class="mark" d="M57.4,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Slough: Inadequate, inspected 23 January 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="138.6,180 147.3,185 147.3,195 138.6,200 129.9,195 129.9,185"/>
    <path class="mark" d="M135.4,186.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Solihull: Good, inspected 3 November 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="103.9,150 112.6,155 112.6,165 103.9,170 95.2,165 95.2,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Somerset: Requires improvement to be good, inspected 27 April 2026" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="60.6,225 69.3,230 69.3,240 60.6,245 51.9,240 51.9,230"/>
    <path class="mark" d="M56.4,233.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="South Gloucestershire: Good, inspected 3 June 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,195 86.6,200 86.6,210 77.9,215 69.2,210 69.2,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="South Tyneside: Good, inspected 15 June 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,15 207.9,20 207.9,30 199.2,35 190.5,30 190.5,20"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Southampton: Outstanding, inspected 5 June 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="112.6,225 121.3,230 121.3,240 112.6,245 103.9,240 103.9,230"/>
    <path class="mark" d="M109.4,235a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Southend-on-Sea: Good, inspected 14 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="259.8,150 268.5,155 268.5,165 259.8,170 251.1,165 251.1,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Southwark: Good, inspected 9 March 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,195 225.2,200 225.2,210 216.5,215 207.8,210 207.8,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="St Helens: Good, inspected 10 July 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="103.9,90 112.6,95 112.6,105 103.9,110 95.2,105 95.2,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Staffordshire: Requires improvement to be good, inspected 6 November 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="129.9,135 138.6,140 138.6,150 129.9,155 121.2,150 121.2,140"/>
    <path class="mark" d="M125.7,143.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Stockport: Requires improvement to be good, inspected 12 May 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,105 155.9,110 155.9,120 147.2,125 138.5,120 138.5,110"/>
    <path class="mark" d="M143,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Stockton-on-Tees: Requires improvement to be good, inspected 6 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="199.2,45 207.9,50 207.9,60 199.2,65 190.5,60 190.5,50"/>
    <path class="mark" d="M195,53.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Stoke-on-Trent: Requires improvement to be good, inspected 12 May 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,120 129.9,125 129.9,135 121.2,140 112.5,135 112.5,125"/>
    <path class="mark" d="M117,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Suffolk: Requires improvement to be good, inspected 3 June 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="242.5,120 251.2,125 251.2,135 242.5,140 233.8,135 233.8,125"/>
    <path class="mark" d="M238.3,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Sunderland: Outstanding, inspected 27 January 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,30 216.5,35 216.5,45 207.8,50 199.1,45 199.1,35"/>
    <path class="mark" d="M204.6,40a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Surrey: Good, inspected 17 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,210 164.6,215 164.6,225 155.9,230 147.2,225 147.2,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sutton: Good, inspected 16 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,225 190.6,230 190.6,240 181.9,245 173.2,240 173.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Swindon: Inadequate, inspected 17 July 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="95.3,195 104,200 104,210 95.3,215 86.6,210 86.6,200"/>
    <path class="mark" d="M92.1,201.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Tameside: Inadequate, inspected 4 December 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="155.9,90 164.6,95 164.6,105 155.9,110 147.2,105 147.2,95"/>
    <path class="mark" d="M152.7,96.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Telford and Wrekin: Outstanding, inspected 29 April 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="69.3,120 78,125 78,135 69.3,140 60.6,135 60.6,125"/>
    <path class="mark" d="M66.1,130a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Thurrock: Outstanding, inspected 16 September 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="242.5,150 251.2,155 251.2,165 242.5,170 233.8,165 233.8,155"/>
    <path class="mark" d="M239.3,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Torbay: Good, inspected 12 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="52,240 60.7,245 60.7,255 52,260 43.3,255 43.3,245"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Tower Hamlets: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="242.5,180 251.2,185 251.2,195 242.5,200 233.8,195 233.8,185"/>
    <path class="mark" d="M239.3,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Trafford: Inadequate, inspected 8 June 2026" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="121.2,90 129.9,95 129.9,105 121.2,110 112.5,105 112.5,95"/>
    <path class="mark" d="M118,96.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Wakefield: Good, inspected 24 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="190.5,90 199.2,95 199.2,105 190.5,110 181.8,105 181.8,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Walsall: Outstanding, inspected 12 May 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="95.3,135 104,140 104,150 95.3,155 86.6,150 86.6,140"/>
    <path class="mark" d="M92.1,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Waltham Forest: Good, inspected 8 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,165 242.5,170 242.5,180 233.8,185 225.1,180 225.1,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wandsworth: Outstanding, inspected 2 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,195 190.6,200 190.6,210 181.9,215 173.2,210 173.2,200"/>
    <path class="mark" d="M178.7,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Warrington: Outstanding, inspected 10 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="129.9,105 138.6,110 138.6,120 129.9,125 121.2,120 121.2,110"/>
    <path class="mark" d="M126.7,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Warwickshire: Requires improvement to be good, inspected 2 June 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="95.3,165 104,170 104,180 95.3,185 86.6,180 86.6,170"/>
    <path class="mark" d="M91.1,173.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="West Berkshire: Good, inspected 15 September 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,195 121.3,200 121.3,210 112.6,215 103.9,210 103.9,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="West Northamptonshire: Outstanding, inspected 11 May 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="112.6,165 121.3,170 121.3,180 112.6,185 103.9,180 103.9,170"/>
    <path class="mark" d="M109.4,175a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="West Sussex: Good, inspected 13 March 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,225 173.2,230 173.2,240 164.5,245 155.8,240 155.8,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Westminster: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,180 216.5,185 216.5,195 207.8,200 199.1,195 199.1,185"/>
    <path class="mark" d="M204.6,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Westmorland and Furness: Good, inspected 22 April 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,45 121.3,50 121.3,60 112.6,65 103.9,60 103.9,50"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wigan: Good, inspected 6 October 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="95.3,75 104,80 104,90 95.3,95 86.6,90 86.6,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wiltshire: Outstanding, inspected 25 September 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="103.9,210 112.6,215 112.6,225 103.9,230 95.2,225 95.2,215"/>
    <path class="mark" d="M100.7,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Windsor and Maidenhead: Good, inspected 7 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,195 155.9,200 155.9,210 147.2,215 138.5,210 138.5,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wirral: Requires improvement to be good, inspected 18 September 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="60.6,105 69.3,110 69.3,120 60.6,125 51.9,120 51.9,110"/>
    <path class="mark" d="M56.4,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Wokingham: Requires improvement to be good, inspected 6 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,210 129.9,215 129.9,225 121.2,230 112.5,225 112.5,215"/>
    <path class="mark" d="M117,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Wolverhampton: Good, inspected 26 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="86.6,120 95.3,125 95.3,135 86.6,140 77.9,135 77.9,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Worcestershire: Good, inspected 15 May 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="103.9,180 112.6,185 112.6,195 103.9,200 95.2,195 95.2,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="York: Outstanding, inspected 24 February 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,75 225.2,80 225.2,90 216.5,95 207.8,90 207.8,80"/>
    <path class="mark" d="M213.3,85a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <polygon aria-hidden="true" class="ring" points="199.2,75 207.9,80 207.9,90 199.2,95 190.5,90 190.5,80"/>
</svg>

<figure class="bar-figure">
  <figcaption>
    England
  </figcaption>
  <div aria-hidden="true" class="bar">
    <span class="segment key-outstanding" style="flex-grow:60"/>
    <span class="segment key-good" style="flex-grow:58"/>
    <span class="segment key-requires-improvement" style="flex-grow:27"/>
    <span class="segment key-inadequate" style="flex-grow:8"/>
  </div>
  <ul class="bar-key">
    <li>
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
      <span>
        Outstanding
        :
        <strong>
          60
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        Good
        :
        <strong>
          58
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
      <span>
        Requires improvement to be good
        :
        <strong>
          27
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-inadequate" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,-3.2l6.4,6.4m0,-6.4l-6.4,6.4"/>
      </svg>
      <span>
        Inadequate
        :
        <strong>
          8
        </strong>
      </span>
    </li>
  </ul>
</figure>

<figure class="bar-figure">
  <figcaption>
    Yorkshire and the Humber
  </figcaption>
  <div aria-hidden="true" class="bar">
    <span class="segment key-outstanding" style="flex-grow:7"/>
    <span class="segment key-good" style="flex-grow:8"/>
  </div>
  <ul class="bar-key">
    <li>
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
      <span>
        Outstanding
        :
        <strong>
          7
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        Good
        :
        <strong>
          8
        </strong>
      </span>
    </li>
  </ul>
</figure>

<ol class="neighbours" part="neighbours">
  <li class="own">
    <span class="rank">
    </span>
    <span class="who">
      <span class="name">
        Leeds
      </span>
      <span class="detail">
        Outstanding
        , inspected 30 June 2025
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      1
    </span>
    <span class="who">
      <span class="name">
        Portsmouth
      </span>
      <span class="detail">
        Outstanding
        , inspected 6 July 2026
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      2
    </span>
    <span class="who">
      <span class="name">
        Southend-on-Sea
      </span>
      <span class="detail">
        Good
        , inspected 14 October 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      3
    </span>
    <span class="who">
      <span class="name">
        Sheffield
      </span>
      <span class="detail">
        Good
        , inspected 11 September 2023
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      4
    </span>
    <span class="who">
      <span class="name">
        Milton Keynes
      </span>
      <span class="detail">
        Good
        , inspected 28 October 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      5
    </span>
    <span class="who">
      <span class="name">
        Kirklees
      </span>
      <span class="detail">
        Good
        , inspected 8 July 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      6
    </span>
    <span class="who">
      <span class="name">
        Salford
      </span>
      <span class="detail">
        Outstanding
        , inspected 6 November 2023
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      7
    </span>
    <span class="who">
      <span class="name">
        Bristol
      </span>
      <span class="detail">
        Requires improvement to be good
        , inspected 16 January 2023
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      8
    </span>
    <span class="who">
      <span class="name">
        Southampton
      </span>
      <span class="detail">
        Outstanding
        , inspected 5 June 2023
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      9
    </span>
    <span class="who">
      <span class="name">
        Croydon
      </span>
      <span class="detail">
        Good
        , inspected 14 October 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      10
    </span>
    <span class="who">
      <span class="name">
        Bournemouth, Christchurch and Poole
      </span>
      <span class="detail">
        Good
        , inspected 2 December 2024
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
</ol>

<div aria-hidden="true" class="series">
  <div class="columns">
    <div class="column">
      <span class="segment key-inadequate" style="height:2%"/>
      <span class="segment key-requires-improvement" style="height:5.2%"/>
      <span class="segment key-good" style="height:3.9%"/>
      <span class="segment key-outstanding" style="height:0%"/>
      <span class="segment key-none" style="height:88.9%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:19.6%"/>
      <span class="segment key-good" style="height:8.5%"/>
      <span class="segment key-outstanding" style="height:0%"/>
      <span class="segment key-none" style="height:63.4%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:15%"/>
      <span class="segment key-requires-improvement" style="height:30.7%"/>
      <span class="segment key-good" style="height:13.7%"/>
      <span class="segment key-outstanding" style="height:1.3%"/>
      <span class="segment key-none" style="height:39.2%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:19.6%"/>
      <span class="segment key-requires-improvement" style="height:41.2%"/>
      <span class="segment key-good" style="height:25.5%"/>
      <span class="segment key-outstanding" style="height:1.3%"/>
      <span class="segment key-none" style="height:12.4%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:13.7%"/>
      <span class="segment key-requires-improvement" style="height:49%"/>
      <span class="segment key-good" style="height:35.3%"/>
      <span class="segment key-outstanding" style="height:2%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:40.5%"/>
      <span class="segment key-good" style="height:39.9%"/>
      <span class="segment key-outstanding" style="height:5.2%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:36.6%"/>
      <span class="segment key-good" style="height:37.3%"/>
      <span class="segment key-outstanding" style="height:11.8%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:36.6%"/>
      <span class="segment key-good" style="height:37.3%"/>
      <span class="segment key-outstanding" style="height:11.8%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:13.1%"/>
      <span class="segment key-requires-improvement" style="height:34%"/>
      <span class="segment key-good" style="height:39.2%"/>
      <span class="segment key-outstanding" style="height:13.7%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:32.7%"/>
      <span class="segment key-good" style="height:42.5%"/>
      <span class="segment key-outstanding" style="height:16.3%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:11.1%"/>
      <span class="segment key-requires-improvement" style="height:29.4%"/>
      <span class="segment key-good" style="height:39.9%"/>
      <span class="segment key-outstanding" style="height:19.6%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:12.4%"/>
      <span class="segment key-requires-improvement" style="height:20.3%"/>
      <span class="segment key-good" style="height:43.8%"/>
      <span class="segment key-outstanding" style="height:23.5%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:19%"/>
      <span class="segment key-good" style="height:42.5%"/>
      <span class="segment key-outstanding" style="height:30.1%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <svg class="line" preserveAspectRatio="none" viewBox="0 0 100 100">
      <path d="M3.8,44.5L11.5,67.7L19.2,47.4L26.9,26.4L34.6,19.7L42.3,2.6L50,5.8L57.7,5.8L65.4,6.8L73.1,8.1L80.8,9.8L88.5,11.8L96.2,15"/>
    </svg>
    <span class="point" style="left:3.8%;top:44.5%"/>
    <span class="point" style="left:11.5%;top:67.7%"/>
    <span class="point" style="left:19.2%;top:47.4%"/>
    <span class="point" style="left:26.9%;top:26.4%"/>
    <span class="point" style="left:34.6%;top:19.7%"/>
    <span class="point" style="left:42.3%;top:2.6%"/>
    <span class="point" style="left:50%;top:5.8%"/>
    <span class="point" style="left:57.7%;top:5.8%"/>
    <span class="point" style="left:65.4%;top:6.8%"/>
    <span class="point" style="left:73.1%;top:8.1%"/>
    <span class="point" style="left:80.8%;top:9.8%"/>
    <span class="point" style="left:88.5%;top:11.8%"/>
    <span class="point" style="left:96.2%;top:15%"/>
  </div>
  <div class="years">
    <span>
      2014
    </span>
    <span>
    </span>
    <span>
      2016
    </span>
    <span>
    </span>
    <span>
      2018
    </span>
    <span>
    </span>
    <span>
      2020
    </span>
    <span>
    </span>
    <span>
      2022
    </span>
    <span>
    </span>
    <span>
      2024
    </span>
    <span>
    </span>
    <span>
      2026
    </span>
  </div>
</div>
`;
/* end snapshot ofsted-england Leadership */

snapshots["ofsted-england AsOf2019"] = 
`
<svg aria-label="Map of England’s councils by latest overall effectiveness grade" class="map" part="map" role="listbox" viewBox="-2 -2 307.1 279">
  <g aria-label="Barking and Dagenham: Requires improvement to be good, inspected 29 April 2014" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="277.1,180 285.8,185 285.8,195 277.1,200 268.4,195 268.4,185"/>
    <path class="mark" d="M272.9,188.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Barnet: Inadequate, inspected 25 April 2017" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="199.2,135 207.9,140 207.9,150 199.2,155 190.5,150 190.5,140"/>
    <path class="mark" d="M196,141.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Barnsley: Good, inspected 8 October 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,90 181.9,95 181.9,105 173.2,110 164.5,105 164.5,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bath and North East Somerset: Good, inspected 24 April 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,225 86.6,230 86.6,240 77.9,245 69.2,240 69.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bedford: Requires improvement to be good, inspected 23 January 2017" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="190.5,120 199.2,125 199.2,135 190.5,140 181.8,135 181.8,125"/>
    <path class="mark" d="M186.3,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bexley: Outstanding, inspected 9 July 2018" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="268.5,195 277.2,200 277.2,210 268.5,215 259.8,210 259.8,200"/>
    <path class="mark" d="M265.3,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Birmingham: Requires improvement to be good, inspected 3 December 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="86.6,150 95.3,155 95.3,165 86.6,170 77.9,165 77.9,155"/>
    <path class="mark" d="M82.4,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Blackburn with Darwen: Good, inspected 25 September 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,60 129.9,65 129.9,75 121.2,80 112.5,75 112.5,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Blackpool: Inadequate, inspected 26 November 2018" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="95.3,45 104,50 104,60 95.3,65 86.6,60 86.6,50"/>
    <path class="mark" d="M92.1,51.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Bolton: Good, inspected 23 April 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="129.9,75 138.6,80 138.6,90 129.9,95 121.2,90 121.2,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bournemouth, Christchurch and Poole: Requires improvement to be good, inspected 16 July 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="95.3,225 104,230 104,240 95.3,245 86.6,240 86.6,230"/>
    <path class="mark" d="M91.1,233.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bracknell Forest: Good, inspected 28 April 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="138.6,210 147.3,215 147.3,225 138.6,230 129.9,225 129.9,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bradford: Inadequate, inspected 17 September 2018" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="173.2,60 181.9,65 181.9,75 173.2,80 164.5,75 164.5,65"/>
    <path class="mark" d="M170,66.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Brent: Good, inspected 14 May 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,165 190.6,170 190.6,180 181.9,185 173.2,180 173.2,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Brighton and Hove: Good, inspected 9 July 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,225 207.9,230 207.9,240 199.2,245 190.5,240 190.5,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bristol: Requires improvement to be good, inspected 10 September 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="86.6,210 95.3,215 95.3,225 86.6,230 77.9,225 77.9,215"/>
    <path class="mark" d="M82.4,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bromley: Good, inspected 19 November 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,210 233.9,215 233.9,225 225.2,230 216.5,225 216.5,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Buckinghamshire: Inadequate, inspected 6 November 2017" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="147.2,165 155.9,170 155.9,180 147.2,185 138.5,180 138.5,170"/>
    <path class="mark" d="M144,171.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Bury: Requires improvement to be good, inspected 22 February 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,75 155.9,80 155.9,90 147.2,95 138.5,90 138.5,80"/>
    <path class="mark" d="M143,83.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Calderdale: Good, inspected 12 November 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,60 164.6,65 164.6,75 155.9,80 147.2,75 147.2,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cambridgeshire: Requires improvement to be good, inspected 14 January 2019" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="225.2,120 233.9,125 233.9,135 225.2,140 216.5,135 216.5,125"/>
    <path class="mark" d="M221,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Camden: Good, inspected 11 September 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="190.5,150 199.2,155 199.2,165 190.5,170 181.8,165 181.8,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Central Bedfordshire: Good, inspected 12 June 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="207.8,120 216.5,125 216.5,135 207.8,140 199.1,135 199.1,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cheshire East: Requires improvement to be good, inspected 6 July 2015" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="103.9,120 112.6,125 112.6,135 103.9,140 95.2,135 95.2,125"/>
    <path class="mark" d="M99.7,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Cheshire West and Chester: Good, inspected 24 November 2015" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="95.3,105 104,110 104,120 95.3,125 86.6,120 86.6,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="City of London: Good, inspected 28 July 2016" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,180 233.9,185 233.9,195 225.2,200 216.5,195 216.5,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cornwall: Good, inspected 11 April 2016" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="34.6,240 43.3,245 43.3,255 34.6,260 25.9,255 25.9,245"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Coventry: Requires improvement to be good, inspected 6 March 2017" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="112.6,135 121.3,140 121.3,150 112.6,155 103.9,150 103.9,140"/>
    <path class="mark" d="M108.4,143.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Croydon: Inadequate, inspected 20 June 2017" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="207.8,210 216.5,215 216.5,225 207.8,230 199.1,225 199.1,215"/>
    <path class="mark" d="M204.6,216.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Cumberland: Requires improvement to be good, report published 29 January 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,30 129.9,35 129.9,45 121.2,50 112.5,45 112.5,35"/>
    <path class="mark" d="M117,38.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Darlington: Requires improvement to be good, inspected 27 February 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="181.9,45 190.6,50 190.6,60 181.9,65 173.2,60 173.2,50"/>
    <path class="mark" d="M177.7,53.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Derby: Good, inspected 6 March 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="138.6,120 147.3,125 147.3,135 138.6,140 129.9,135 129.9,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Derbyshire: Good, inspected 19 November 2013" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,120 164.6,125 164.6,135 155.9,140 147.2,135 147.2,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Devon: Requires improvement to be good, inspected 24 February 2015" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="43.3,225 52,230 52,240 43.3,245 34.6,240 34.6,230"/>
    <path class="mark" d="M39.1,233.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Doncaster: Good, inspected 9 November 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,105 207.9,110 207.9,120 199.2,125 190.5,120 190.5,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Dorset: Requires improvement to be good, report published 23 May 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,240 78,245 78,255 69.3,260 60.6,255 60.6,245"/>
    <path class="mark" d="M65.1,248.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Dudley: Requires improvement to be good, inspected 29 October 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,150 78,155 78,165 69.3,170 60.6,165 60.6,155"/>
    <path class="mark" d="M65.1,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Durham: Requires improvement to be good, inspected 22 February 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="164.5,45 173.2,50 173.2,60 164.5,65 155.8,60 155.8,50"/>
    <path class="mark" d="M160.3,53.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Ealing: Good, inspected 13 June 2016" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,165 173.2,170 173.2,180 164.5,185 155.8,180 155.8,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="East Riding of Yorkshire: Good, inspected 21 November 2016" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,75 242.5,80 242.5,90 233.8,95 225.1,90 225.1,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="East Sussex: Outstanding, inspected 16 July 2018" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,225 225.2,230 225.2,240 216.5,245 207.8,240 207.8,230"/>
    <path class="mark" d="M213.3,235a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Enfield: Good, inspected 20 January 2015" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,150 233.9,155 233.9,165 225.2,170 216.5,165 216.5,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Essex: Outstanding, inspected 19 November 2018" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,135 259.8,140 259.8,150 251.1,155 242.4,150 242.4,140"/>
    <path class="mark" d="M247.9,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Gateshead: Good, inspected 27 October 2015" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="190.5,30 199.2,35 199.2,45 190.5,50 181.8,45 181.8,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Gloucestershire: Inadequate, inspected 27 February 2017" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="86.6,180 95.3,185 95.3,195 86.6,200 77.9,195 77.9,185"/>
    <path class="mark" d="M83.4,186.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Greenwich: Good, inspected 23 May 2016" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="251.1,195 259.8,200 259.8,210 251.1,215 242.4,210 242.4,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Hackney: Good, inspected 4 July 2016" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,165 225.2,170 225.2,180 216.5,185 207.8,180 207.8,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Halton: Requires improvement to be good, inspected 18 November 2014" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="112.6,105 121.3,110 121.3,120 112.6,125 103.9,120 103.9,110"/>
    <path class="mark" d="M108.4,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Hammersmith and Fulham: Good, inspected 11 January 2016" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,180 181.9,185 181.9,195 173.2,200 164.5,195 164.5,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Hampshire: Good, inspected 18 February 2014" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,225 155.9,230 155.9,240 147.2,245 138.5,240 138.5,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Haringey: Requires improvement to be good, inspected 29 October 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="207.8,150 216.5,155 216.5,165 207.8,170 199.1,165 199.1,155"/>
    <path class="mark" d="M203.6,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Harrow: Good, inspected 16 January 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,135 190.6,140 190.6,150 181.9,155 173.2,150 173.2,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Hartlepool: Good, inspected 23 July 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,45 225.2,50 225.2,60 216.5,65 207.8,60 207.8,50"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Havering: Good, inspected 11 June 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="268.5,165 277.2,170 277.2,180 268.5,185 259.8,180 259.8,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Herefordshire: Requires improvement to be good, inspected 11 June 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="77.9,165 86.6,170 86.6,180 77.9,185 69.2,180 69.2,170"/>
    <path class="mark" d="M73.7,173.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Hertfordshire: Good, inspected 15 October 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,135 242.5,140 242.5,150 233.8,155 225.1,150 225.1,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Hillingdon: Good, inspected 16 April 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,150 181.9,155 181.9,165 173.2,170 164.5,165 164.5,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Hounslow: Good, inspected 1 October 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,180 164.6,185 164.6,195 155.9,200 147.2,195 147.2,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Isle of Wight: Good, inspected 19 November 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,255 155.9,260 155.9,270 147.2,275 138.5,270 138.5,260"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Isles of Scilly: Good, inspected 11 April 2016" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="8.7,255 17.4,260 17.4,270 8.7,275 0,270 0,260"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Islington: Good, inspected 28 April 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,165 207.9,170 207.9,180 199.2,185 190.5,180 190.5,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Kensington and Chelsea: Outstanding, inspected 11 January 2016" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,180 199.2,185 199.2,195 190.5,200 181.8,195 181.8,185"/>
    <path class="mark" d="M187.3,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kent: Good, inspected 6 March 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="242.5,210 251.2,215 251.2,225 242.5,230 233.8,225 233.8,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Kingston upon Hull: Requires improvement to be good, inspected 18 November 2014" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="225.2,90 233.9,95 233.9,105 225.2,110 216.5,105 216.5,95"/>
    <path class="mark" d="M221,98.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Kingston upon Thames: Good, inspected 22 May 2015" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,210 181.9,215 181.9,225 173.2,230 164.5,225 164.5,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Kirklees: Inadequate, inspected 12 September 2016" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="181.9,75 190.6,80 190.6,90 181.9,95 173.2,90 173.2,80"/>
    <path class="mark" d="M178.7,81.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Knowsley: Requires improvement to be good, inspected 13 March 2017" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="86.6,90 95.3,95 95.3,105 86.6,110 77.9,105 77.9,95"/>
    <path class="mark" d="M82.4,98.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Lambeth: Requires improvement to be good, inspected 29 January 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="199.2,195 207.9,200 207.9,210 199.2,215 190.5,210 190.5,200"/>
    <path class="mark" d="M195,203.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Lancashire: Requires improvement to be good, inspected 4 June 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="103.9,60 112.6,65 112.6,75 103.9,80 95.2,75 95.2,65"/>
    <path class="mark" d="M99.7,68.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Leeds: Outstanding, inspected 29 October 2018" aria-selected="true" class="hex key-outstanding" role="option" tabindex="0">
    <polygon points="199.2,75 207.9,80 207.9,90 199.2,95 190.5,90 190.5,80"/>
    <path class="mark" d="M196,85a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Leicester: Requires improvement to be good, inspected 19 June 2017" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,150 129.9,155 129.9,165 121.2,170 112.5,165 112.5,155"/>
    <path class="mark" d="M117,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Leicestershire: Requires improvement to be good, inspected 14 November 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="138.6,150 147.3,155 147.3,165 138.6,170 129.9,165 129.9,155"/>
    <path class="mark" d="M134.4,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Lewisham: Requires improvement to be good, inspected 26 October 2015" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="233.8,195 242.5,200 242.5,210 233.8,215 225.1,210 225.1,200"/>
    <path class="mark" d="M229.6,203.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Lincolnshire: Good, inspected 22 October 2014" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,105 225.2,110 225.2,120 216.5,125 207.8,120 207.8,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Liverpool: Requires improvement to be good, inspected 14 May 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="77.9,105 86.6,110 86.6,120 77.9,125 69.2,120 69.2,110"/>
    <path class="mark" d="M73.7,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Luton: Requires improvement to be good, inspected 11 January 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="216.5,135 225.2,140 225.2,150 216.5,155 207.8,150 207.8,140"/>
    <path class="mark" d="M212.3,143.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Manchester: Requires improvement to be good, inspected 9 October 2017" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="138.6,90 147.3,95 147.3,105 138.6,110 129.9,105 129.9,95"/>
    <path class="mark" d="M134.4,98.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Medway: Requires improvement to be good, inspected 14 September 2015" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="285.8,195 294.5,200 294.5,210 285.8,215 277.1,210 277.1,200"/>
    <path class="mark" d="M281.6,203.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Merton: Good, inspected 12 June 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="190.5,210 199.2,215 199.2,225 190.5,230 181.8,225 181.8,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Middlesbrough: Requires improvement to be good, inspected 24 November 2015" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="207.8,60 216.5,65 216.5,75 207.8,80 199.1,75 199.1,65"/>
    <path class="mark" d="M203.6,68.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Milton Keynes: Requires improvement to be good, inspected 12 September 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="155.9,150 164.6,155 164.6,165 155.9,170 147.2,165 147.2,155"/>
    <path class="mark" d="M151.7,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Newcastle upon Tyne: Requires improvement to be good, inspected 24 April 2017" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="173.2,30 181.9,35 181.9,45 173.2,50 164.5,45 164.5,35"/>
    <path class="mark" d="M169,38.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Newham: Inadequate, inspected 11 February 2019" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="259.8,180 268.5,185 268.5,195 259.8,200 251.1,195 251.1,185"/>
    <path class="mark" d="M256.6,186.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Norfolk: Requires improvement to be good, inspected 13 November 2017" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="251.1,105 259.8,110 259.8,120 251.1,125 242.4,120 242.4,110"/>
    <path class="mark" d="M246.9,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="North East Lincolnshire: Good, inspected 10 July 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="242.5,90 251.2,95 251.2,105 242.5,110 233.8,105 233.8,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="North Lincolnshire: Outstanding, inspected 20 June 2017" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,90 216.5,95 216.5,105 207.8,110 199.1,105 199.1,95"/>
    <path class="mark" d="M204.6,100a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North Northamptonshire: Requires improvement to be good, report published 27 April 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="129.9,165 138.6,170 138.6,180 129.9,185 121.2,180 121.2,170"/>
    <path class="mark" d="M125.7,173.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="North Somerset: Requires improvement to be good, inspected 12 June 2017" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,210 78,215 78,225 69.3,230 60.6,225 60.6,215"/>
    <path class="mark" d="M65.1,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="North Tyneside: Good, inspected 27 February 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="190.5,0 199.2,5 199.2,15 190.5,20 181.8,15 181.8,5"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="North Yorkshire: Outstanding, inspected 2 July 2018" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,60 199.2,65 199.2,75 190.5,80 181.8,75 181.8,65"/>
    <path class="mark" d="M187.3,70a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Northumberland: Requires improvement to be good, inspected 25 January 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="181.9,15 190.6,20 190.6,30 181.9,35 173.2,30 173.2,20"/>
    <path class="mark" d="M177.7,23.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Nottingham: Requires improvement to be good, inspected 5 November 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="164.5,135 173.2,140 173.2,150 164.5,155 155.8,150 155.8,140"/>
    <path class="mark" d="M160.3,143.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Nottinghamshire: Good, inspected 11 May 2015" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,120 181.9,125 181.9,135 173.2,140 164.5,135 164.5,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Oldham: Requires improvement to be good, inspected 21 January 2019" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="164.5,75 173.2,80 173.2,90 164.5,95 155.8,90 155.8,80"/>
    <path class="mark" d="M160.3,83.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Oxfordshire: Good, inspected 16 April 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,180 129.9,185 129.9,195 121.2,200 112.5,195 112.5,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Peterborough: Good, inspected 25 June 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,105 242.5,110 242.5,120 233.8,125 225.1,120 225.1,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Plymouth: Requires improvement to be good, inspected 29 October 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="43.3,255 52,260 52,270 43.3,275 34.6,270 34.6,260"/>
    <path class="mark" d="M39.1,263.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Portsmouth: Good, inspected 3 September 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="129.9,225 138.6,230 138.6,240 129.9,245 121.2,240 121.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Reading: Inadequate, inspected 23 May 2016" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="129.9,195 138.6,200 138.6,210 129.9,215 121.2,210 121.2,200"/>
    <path class="mark" d="M126.7,201.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Redbridge: Good, inspected 12 September 2016" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="251.1,165 259.8,170 259.8,180 251.1,185 242.4,180 242.4,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Redcar and Cleveland: Requires improvement to be good, inspected 16 January 2017" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="225.2,60 233.9,65 233.9,75 225.2,80 216.5,75 216.5,65"/>
    <path class="mark" d="M221,68.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Richmond upon Thames: Good, inspected 25 September 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,195 173.2,200 173.2,210 164.5,215 155.8,210 155.8,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Rochdale: Requires improvement to be good, inspected 29 January 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="138.6,60 147.3,65 147.3,75 138.6,80 129.9,75 129.9,65"/>
    <path class="mark" d="M134.4,68.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Rotherham: Good, inspected 6 November 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,105 190.6,110 190.6,120 181.9,125 173.2,120 173.2,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Rutland: Requires improvement to be good, inspected 14 November 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,135 155.9,140 155.9,150 147.2,155 138.5,150 138.5,140"/>
    <path class="mark" d="M143,143.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Salford: Good, inspected 8 October 2018" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,75 121.3,80 121.3,90 112.6,95 103.9,90 103.9,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sandwell: Inadequate, inspected 6 November 2017" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="77.9,135 86.6,140 86.6,150 77.9,155 69.2,150 69.2,140"/>
    <path class="mark" d="M74.7,141.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Sefton: Requires improvement to be good, inspected 11 April 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,90 78,95 78,105 69.3,110 60.6,105 60.6,95"/>
    <path class="mark" d="M65.1,98.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Sheffield: Requires improvement to be good, inspected 19 November 2013" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="164.5,105 173.2,110 173.2,120 164.5,125 155.8,120 155.8,110"/>
    <path class="mark" d="M160.3,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Shropshire: Good, inspected 11 September 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="60.6,135 69.3,140 69.3,150 60.6,155 51.9,150 51.9,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Slough: Requires improvement to be good, inspected 21 January 2019" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="138.6,180 147.3,185 147.3,195 138.6,200 129.9,195 129.9,185"/>
    <path class="mark" d="M134.4,188.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Solihull: Requires improvement to be good, inspected 25 April 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="103.9,150 112.6,155 112.6,165 103.9,170 95.2,165 95.2,155"/>
    <path class="mark" d="M99.7,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Somerset: Requires improvement to be good, inspected 7 November 2017" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="60.6,225 69.3,230 69.3,240 60.6,245 51.9,240 51.9,230"/>
    <path class="mark" d="M56.4,233.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="South Gloucestershire: Inadequate, inspected 21 November 2016" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="77.9,195 86.6,200 86.6,210 77.9,215 69.2,210 69.2,200"/>
    <path class="mark" d="M74.7,201.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="South Tyneside: Good, inspected 11 September 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,15 207.9,20 207.9,30 199.2,35 190.5,30 190.5,20"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Southampton: Requires improvement to be good, inspected 8 July 2014" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="112.6,225 121.3,230 121.3,240 112.6,245 103.9,240 103.9,230"/>
    <path class="mark" d="M108.4,233.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Southend-on-Sea: Requires improvement to be good, inspected 25 April 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="259.8,150 268.5,155 268.5,165 259.8,170 251.1,165 251.1,155"/>
    <path class="mark" d="M255.6,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Southwark: Good, inspected 6 March 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,195 225.2,200 225.2,210 216.5,215 207.8,210 207.8,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="St Helens: Requires improvement to be good, inspected 5 November 2014" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="103.9,90 112.6,95 112.6,105 103.9,110 95.2,105 95.2,95"/>
    <path class="mark" d="M99.7,98.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Staffordshire: Good, inspected 4 February 2019" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="129.9,135 138.6,140 138.6,150 129.9,155 121.2,150 121.2,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Stockport: Good, inspected 12 June 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,105 155.9,110 155.9,120 147.2,125 138.5,120 138.5,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Stockton-on-Tees: Good, inspected 23 May 2016" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,45 207.9,50 207.9,60 199.2,65 190.5,60 190.5,50"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Stoke-on-Trent: Inadequate, inspected 4 February 2019" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="121.2,120 129.9,125 129.9,135 121.2,140 112.5,135 112.5,125"/>
    <path class="mark" d="M118,126.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Suffolk: Good, inspected 23 November 2015" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="242.5,120 251.2,125 251.2,135 242.5,140 233.8,135 233.8,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sunderland: Inadequate, inspected 23 April 2018" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="207.8,30 216.5,35 216.5,45 207.8,50 199.1,45 199.1,35"/>
    <path class="mark" d="M204.6,36.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Surrey: Inadequate, inspected 26 February 2018" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="155.9,210 164.6,215 164.6,225 155.9,230 147.2,225 147.2,215"/>
    <path class="mark" d="M152.7,216.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Sutton: Good, inspected 14 November 2016" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,225 190.6,230 190.6,240 181.9,245 173.2,240 173.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Swindon: Requires improvement to be good, inspected 11 March 2014" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="95.3,195 104,200 104,210 95.3,215 86.6,210 86.6,200"/>
    <path class="mark" d="M91.1,203.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Tameside: Inadequate, inspected 26 September 2016" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="155.9,90 164.6,95 164.6,105 155.9,110 147.2,105 147.2,95"/>
    <path class="mark" d="M152.7,96.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Telford and Wrekin: Requires improvement to be good, inspected 13 June 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,120 78,125 78,135 69.3,140 60.6,135 60.6,125"/>
    <path class="mark" d="M65.1,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Thurrock: Requires improvement to be good, inspected 22 February 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="242.5,150 251.2,155 251.2,165 242.5,170 233.8,165 233.8,155"/>
    <path class="mark" d="M238.3,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Torbay: Inadequate, inspected 11 June 2018" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="52,240 60.7,245 60.7,255 52,260 43.3,255 43.3,245"/>
    <path class="mark" d="M48.8,246.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Tower Hamlets: Inadequate, inspected 23 January 2017" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="242.5,180 251.2,185 251.2,195 242.5,200 233.8,195 233.8,185"/>
    <path class="mark" d="M239.3,186.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Trafford: Good, inspected 27 January 2015" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,90 129.9,95 129.9,105 121.2,110 112.5,105 112.5,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wakefield: Inadequate, inspected 4 June 2018" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="190.5,90 199.2,95 199.2,105 190.5,110 181.8,105 181.8,95"/>
    <path class="mark" d="M187.3,96.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Walsall: Requires improvement to be good, inspected 20 June 2017" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="95.3,135 104,140 104,150 95.3,155 86.6,150 86.6,140"/>
    <path class="mark" d="M91.1,143.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Waltham Forest: Good, inspected 28 January 2019" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,165 242.5,170 242.5,180 233.8,185 225.1,180 225.1,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wandsworth: Requires improvement to be good, inspected 8 May 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="181.9,195 190.6,200 190.6,210 181.9,215 173.2,210 173.2,200"/>
    <path class="mark" d="M177.7,203.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Warrington: Requires improvement to be good, inspected 24 February 2015" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="129.9,105 138.6,110 138.6,120 129.9,125 121.2,120 121.2,110"/>
    <path class="mark" d="M125.7,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Warwickshire: Requires improvement to be good, inspected 2 May 2017" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="95.3,165 104,170 104,180 95.3,185 86.6,180 86.6,170"/>
    <path class="mark" d="M91.1,173.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="West Berkshire: Good, inspected 8 May 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,195 121.3,200 121.3,210 112.6,215 103.9,210 103.9,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="West Northamptonshire: Requires improvement to be good, report published 27 April 2016" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="112.6,165 121.3,170 121.3,180 112.6,185 103.9,180 103.9,170"/>
    <path class="mark" d="M108.4,173.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="West Sussex: Requires improvement to be good, inspected 26 October 2015" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="164.5,225 173.2,230 173.2,240 164.5,245 155.8,240 155.8,230"/>
    <path class="mark" d="M160.3,233.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Westminster: Outstanding, inspected 11 January 2016" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,180 216.5,185 216.5,195 207.8,200 199.1,195 199.1,185"/>
    <path class="mark" d="M204.6,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Westmorland and Furness: Requires improvement to be good, report published 29 January 2018" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="112.6,45 121.3,50 121.3,60 112.6,65 103.9,60 103.9,50"/>
    <path class="mark" d="M108.4,53.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Wigan: Good, inspected 16 January 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="95.3,75 104,80 104,90 95.3,95 86.6,90 86.6,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wiltshire: Requires improvement to be good, inspected 22 June 2015" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="103.9,210 112.6,215 112.6,225 103.9,230 95.2,225 95.2,215"/>
    <path class="mark" d="M99.7,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Windsor and Maidenhead: Requires improvement to be good, inspected 3 March 2015" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,195 155.9,200 155.9,210 147.2,215 138.5,210 138.5,200"/>
    <path class="mark" d="M143,203.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Wirral: Inadequate, inspected 4 July 2016" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="60.6,105 69.3,110 69.3,120 60.6,125 51.9,120 51.9,110"/>
    <path class="mark" d="M57.4,111.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Wokingham: Requires improvement to be good, inspected 12 October 2015" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,210 129.9,215 129.9,225 121.2,230 112.5,225 112.5,215"/>
    <path class="mark" d="M117,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Wolverhampton: Good, inspected 16 January 2017" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="86.6,120 95.3,125 95.3,135 86.6,140 77.9,135 77.9,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Worcestershire: Inadequate, inspected 24 October 2016" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="103.9,180 112.6,185 112.6,195 103.9,200 95.2,195 95.2,185"/>
    <path class="mark" d="M100.7,186.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="York: Good, inspected 14 November 2016" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,75 225.2,80 225.2,90 216.5,95 207.8,90 207.8,80"/>
    <path class="mark" d=""/>
  </g>
  <polygon aria-hidden="true" class="ring" points="199.2,75 207.9,80 207.9,90 199.2,95 190.5,90 190.5,80"/>
</svg>

<figure class="bar-figure">
  <figcaption>
    England
  </figcaption>
  <div aria-hidden="true" class="bar">
    <span class="segment key-outstanding" style="flex-grow:8"/>
    <span class="segment key-good" style="flex-grow:62"/>
    <span class="segment key-requires-improvement" style="flex-grow:63"/>
    <span class="segment key-inadequate" style="flex-grow:20"/>
  </div>
  <ul class="bar-key">
    <li>
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
      <span>
        Outstanding
        :
        <strong>
          8
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        Good
        :
        <strong>
          62
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
      <span>
        Requires improvement to be good
        :
        <strong>
          63
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-inadequate" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,-3.2l6.4,6.4m0,-6.4l-6.4,6.4"/>
      </svg>
      <span>
        Inadequate
        :
        <strong>
          20
        </strong>
      </span>
    </li>
  </ul>
</figure>

<figure class="bar-figure">
  <figcaption>
    Yorkshire and the Humber
  </figcaption>
  <div aria-hidden="true" class="bar">
    <span class="segment key-outstanding" style="flex-grow:3"/>
    <span class="segment key-good" style="flex-grow:7"/>
    <span class="segment key-requires-improvement" style="flex-grow:2"/>
    <span class="segment key-inadequate" style="flex-grow:3"/>
  </div>
  <ul class="bar-key">
    <li>
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
      <span>
        Outstanding
        :
        <strong>
          3
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        Good
        :
        <strong>
          7
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
      <span>
        Requires improvement to be good
        :
        <strong>
          2
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-inadequate" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,-3.2l6.4,6.4m0,-6.4l-6.4,6.4"/>
      </svg>
      <span>
        Inadequate
        :
        <strong>
          3
        </strong>
      </span>
    </li>
  </ul>
</figure>

<ol class="neighbours" part="neighbours">
  <li class="own">
    <span class="rank">
    </span>
    <span class="who">
      <span class="name">
        Leeds
      </span>
      <span class="detail">
        Outstanding
        , inspected 29 October 2018
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      1
    </span>
    <span class="who">
      <span class="name">
        Portsmouth
      </span>
      <span class="detail">
        Good
        , inspected 3 September 2018
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      2
    </span>
    <span class="who">
      <span class="name">
        Southend-on-Sea
      </span>
      <span class="detail">
        Requires improvement to be good
        , inspected 25 April 2016
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      3
    </span>
    <span class="who">
      <span class="name">
        Sheffield
      </span>
      <span class="detail">
        Requires improvement to be good
        , inspected 19 November 2013
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      4
    </span>
    <span class="who">
      <span class="name">
        Milton Keynes
      </span>
      <span class="detail">
        Requires improvement to be good
        , inspected 12 September 2016
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      5
    </span>
    <span class="who">
      <span class="name">
        Kirklees
      </span>
      <span class="detail">
        Inadequate
        , inspected 12 September 2016
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-inadequate" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,-3.2l6.4,6.4m0,-6.4l-6.4,6.4"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      6
    </span>
    <span class="who">
      <span class="name">
        Salford
      </span>
      <span class="detail">
        Good
        , inspected 8 October 2018
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      7
    </span>
    <span class="who">
      <span class="name">
        Bristol
      </span>
      <span class="detail">
        Requires improvement to be good
        , inspected 10 September 2018
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      8
    </span>
    <span class="who">
      <span class="name">
        Southampton
      </span>
      <span class="detail">
        Requires improvement to be good
        , inspected 8 July 2014
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      9
    </span>
    <span class="who">
      <span class="name">
        Croydon
      </span>
      <span class="detail">
        Inadequate
        , inspected 20 June 2017
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-inadequate" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,-3.2l6.4,6.4m0,-6.4l-6.4,6.4"/>
      </svg>
    </span>
  </li>
  <li>
    <span class="rank">
      10
    </span>
    <span class="who">
      <span class="name">
        Bournemouth, Christchurch and Poole
      </span>
      <span class="detail">
        Requires improvement to be good
        , inspected 16 July 2018
      </span>
    </span>
    <span aria-hidden="true" class="scale">
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
    </span>
  </li>
</ol>

<div aria-hidden="true" class="series">
  <div class="columns">
    <div class="column">
      <span class="segment key-inadequate" style="height:2%"/>
      <span class="segment key-requires-improvement" style="height:5.2%"/>
      <span class="segment key-good" style="height:3.9%"/>
      <span class="segment key-outstanding" style="height:0%"/>
      <span class="segment key-none" style="height:88.9%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:19.6%"/>
      <span class="segment key-good" style="height:8.5%"/>
      <span class="segment key-outstanding" style="height:0%"/>
      <span class="segment key-none" style="height:63.4%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:15%"/>
      <span class="segment key-requires-improvement" style="height:30.7%"/>
      <span class="segment key-good" style="height:13.7%"/>
      <span class="segment key-outstanding" style="height:1.3%"/>
      <span class="segment key-none" style="height:39.2%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:19.6%"/>
      <span class="segment key-requires-improvement" style="height:41.2%"/>
      <span class="segment key-good" style="height:25.5%"/>
      <span class="segment key-outstanding" style="height:1.3%"/>
      <span class="segment key-none" style="height:12.4%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:13.7%"/>
      <span class="segment key-requires-improvement" style="height:49%"/>
      <span class="segment key-good" style="height:35.3%"/>
      <span class="segment key-outstanding" style="height:2%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:40.5%"/>
      <span class="segment key-good" style="height:39.9%"/>
      <span class="segment key-outstanding" style="height:5.2%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:36.6%"/>
      <span class="segment key-good" style="height:37.3%"/>
      <span class="segment key-outstanding" style="height:11.8%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:36.6%"/>
      <span class="segment key-good" style="height:37.3%"/>
      <span class="segment key-outstanding" style="height:11.8%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:13.1%"/>
      <span class="segment key-requires-improvement" style="height:34%"/>
      <span class="segment key-good" style="height:39.2%"/>
      <span class="segment key-outstanding" style="height:13.7%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:32.7%"/>
      <span class="segment key-good" style="height:42.5%"/>
      <span class="segment key-outstanding" style="height:16.3%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:11.1%"/>
      <span class="segment key-requires-improvement" style="height:29.4%"/>
      <span class="segment key-good" style="height:39.9%"/>
      <span class="segment key-outstanding" style="height:19.6%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:12.4%"/>
      <span class="segment key-requires-improvement" style="height:20.3%"/>
      <span class="segment key-good" style="height:43.8%"/>
      <span class="segment key-outstanding" style="height:23.5%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:19%"/>
      <span class="segment key-good" style="height:42.5%"/>
      <span class="segment key-outstanding" style="height:30.1%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <svg class="line" preserveAspectRatio="none" viewBox="0 0 100 100">
      <path d="M3.8,44.5L11.5,67.7L19.2,47.4L26.9,26.4L34.6,19.7L42.3,2.6L50,5.8L57.7,5.8L65.4,6.8L73.1,8.1L80.8,9.8L88.5,11.8L96.2,15"/>
    </svg>
    <span class="point" style="left:3.8%;top:44.5%"/>
    <span class="point" style="left:11.5%;top:67.7%"/>
    <span class="point" style="left:19.2%;top:47.4%"/>
    <span class="point" style="left:26.9%;top:26.4%"/>
    <span class="point" style="left:34.6%;top:19.7%"/>
    <span class="point" style="left:42.3%;top:2.6%"/>
    <span class="point" style="left:50%;top:5.8%"/>
    <span class="point" style="left:57.7%;top:5.8%"/>
    <span class="point" style="left:65.4%;top:6.8%"/>
    <span class="point" style="left:73.1%;top:8.1%"/>
    <span class="point" style="left:80.8%;top:9.8%"/>
    <span class="point" style="left:88.5%;top:11.8%"/>
    <span class="point" style="left:96.2%;top:15%"/>
  </div>
  <div class="years">
    <span>
      2014
    </span>
    <span>
    </span>
    <span>
      2016
    </span>
    <span>
    </span>
    <span>
      2018
    </span>
    <span>
    </span>
    <span>
      2020
    </span>
    <span>
    </span>
    <span>
      2022
    </span>
    <span>
    </span>
    <span>
      2024
    </span>
    <span>
    </span>
    <span>
      2026
    </span>
  </div>
</div>
`;
/* end snapshot ofsted-england AsOf2019 */

snapshots["ofsted-england Dark"] = 
` (drawn as Leeds)
`;
/* end snapshot ofsted-england Dark */

snapshots["ofsted-england Narrow"] = 
` (drawn as Leeds)
`;
/* end snapshot ofsted-england Narrow */

snapshots["ofsted-england Table"] = 
` (drawn as Leeds)
`;
/* end snapshot ofsted-england Table */

snapshots["ofsted-england UnknownCouncil"] = 
`
<svg aria-label="Map of England’s councils by latest overall effectiveness grade" class="map" part="map" role="listbox" viewBox="-2 -2 307.1 279">
  <g aria-label="Barking and Dagenham: Requires improvement to be good, inspected 10 July 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="0">
    <polygon points="277.1,180 285.8,185 285.8,195 277.1,200 268.4,195 268.4,185"/>
    <path class="mark" d="M272.9,188.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Barnet: Good, inspected 10 June 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,135 207.9,140 207.9,150 199.2,155 190.5,150 190.5,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Barnsley: Good, inspected 11 September 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,90 181.9,95 181.9,105 173.2,110 164.5,105 164.5,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bath and North East Somerset: Good, inspected 9 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,225 86.6,230 86.6,240 77.9,245 69.2,240 69.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bedford: Requires improvement to be good, inspected 14 July 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="190.5,120 199.2,125 199.2,135 190.5,140 181.8,135 181.8,125"/>
    <path class="mark" d="M186.3,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bexley: Outstanding, inspected 6 February 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="268.5,195 277.2,200 277.2,210 268.5,215 259.8,210 259.8,200"/>
    <path class="mark" d="M265.3,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Birmingham: Good, inspected 20 February 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="86.6,150 95.3,155 95.3,165 86.6,170 77.9,165 77.9,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Blackburn with Darwen: Good, inspected 3 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,60 129.9,65 129.9,75 121.2,80 112.5,75 112.5,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Blackpool: No overall grade (framework from April 2026), inspected 8 June 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="95.3,45 104,50 104,60 95.3,65 86.6,60 86.6,50"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bolton: Good, inspected 11 September 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="129.9,75 138.6,80 138.6,90 129.9,95 121.2,90 121.2,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bournemouth, Christchurch and Poole: Good, inspected 2 December 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="95.3,225 104,230 104,240 95.3,245 86.6,240 86.6,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Bracknell Forest: Outstanding, inspected 8 December 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,210 147.3,215 147.3,225 138.6,230 129.9,225 129.9,215"/>
    <path class="mark" d="M135.4,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Bradford: Requires improvement to be good, inspected 12 January 2026" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="173.2,60 181.9,65 181.9,75 173.2,80 164.5,75 164.5,65"/>
    <path class="mark" d="M169,68.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Brent: No overall grade (framework from April 2026), inspected 27 April 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="181.9,165 190.6,170 190.6,180 181.9,185 173.2,180 173.2,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Brighton and Hove: Outstanding, inspected 11 March 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="199.2,225 207.9,230 207.9,240 199.2,245 190.5,240 190.5,230"/>
    <path class="mark" d="M196,235a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Bristol: Requires improvement to be good, inspected 16 January 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="86.6,210 95.3,215 95.3,225 86.6,230 77.9,225 77.9,215"/>
    <path class="mark" d="M82.4,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bromley: Outstanding, inspected 13 November 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="225.2,210 233.9,215 233.9,225 225.2,230 216.5,225 216.5,215"/>
    <path class="mark" d="M222,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Buckinghamshire: Requires improvement to be good, inspected 27 January 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,165 155.9,170 155.9,180 147.2,185 138.5,180 138.5,170"/>
    <path class="mark" d="M143,173.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Bury: Requires improvement to be good, inspected 9 June 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,75 155.9,80 155.9,90 147.2,95 138.5,90 138.5,80"/>
    <path class="mark" d="M143,83.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Calderdale: Good, inspected 19 February 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,60 164.6,65 164.6,75 155.9,80 147.2,75 147.2,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cambridgeshire: Requires improvement to be good, inspected 4 March 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="225.2,120 233.9,125 233.9,135 225.2,140 216.5,135 216.5,125"/>
    <path class="mark" d="M221,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Camden: Outstanding, inspected 3 March 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,150 199.2,155 199.2,165 190.5,170 181.8,165 181.8,155"/>
    <path class="mark" d="M187.3,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Central Bedfordshire: Good, inspected 10 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="207.8,120 216.5,125 216.5,135 207.8,140 199.1,135 199.1,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cheshire East: Inadequate, inspected 26 February 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="103.9,120 112.6,125 112.6,135 103.9,140 95.2,135 95.2,125"/>
    <path class="mark" d="M100.7,126.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Cheshire West and Chester: Requires improvement to be good, inspected 15 July 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="95.3,105 104,110 104,120 95.3,125 86.6,120 86.6,110"/>
    <path class="mark" d="M91.1,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="City of London: Outstanding, inspected 23 September 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="225.2,180 233.9,185 233.9,195 225.2,200 216.5,195 216.5,185"/>
    <path class="mark" d="M222,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Cornwall: Good, inspected 1 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="34.6,240 43.3,245 43.3,255 34.6,260 25.9,255 25.9,245"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Coventry: Outstanding, inspected 9 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="112.6,135 121.3,140 121.3,150 112.6,155 103.9,150 103.9,140"/>
    <path class="mark" d="M109.4,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Croydon: Good, inspected 14 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="207.8,210 216.5,215 216.5,225 207.8,230 199.1,225 199.1,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Cumberland: Good, inspected 7 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,30 129.9,35 129.9,45 121.2,50 112.5,45 112.5,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Darlington: Outstanding, inspected 9 February 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,45 190.6,50 190.6,60 181.9,65 173.2,60 173.2,50"/>
    <path class="mark" d="M178.7,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Derby: Outstanding, inspected 19 May 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,120 147.3,125 147.3,135 138.6,140 129.9,135 129.9,125"/>
    <path class="mark" d="M135.4,130a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Derbyshire: Good, inspected 30 October 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,120 164.6,125 164.6,135 155.9,140 147.2,135 147.2,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Devon: Inadequate, inspected 30 September 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="43.3,225 52,230 52,240 43.3,245 34.6,240 34.6,230"/>
    <path class="mark" d="M40.1,231.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Doncaster: Good, inspected 20 January 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,105 207.9,110 207.9,120 199.2,125 190.5,120 190.5,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Dorset: Outstanding, inspected 17 March 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="69.3,240 78,245 78,255 69.3,260 60.6,255 60.6,245"/>
    <path class="mark" d="M66.1,250a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Dudley: Requires improvement to be good, inspected 31 October 2022" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,150 78,155 78,165 69.3,170 60.6,165 60.6,155"/>
    <path class="mark" d="M65.1,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Durham: Outstanding, inspected 24 March 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="164.5,45 173.2,50 173.2,60 164.5,65 155.8,60 155.8,50"/>
    <path class="mark" d="M161.3,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Ealing: Good, inspected 22 April 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,165 173.2,170 173.2,180 164.5,185 155.8,180 155.8,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="East Riding of Yorkshire: Good, inspected 30 January 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,75 242.5,80 242.5,90 233.8,95 225.1,90 225.1,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="East Sussex: Good, inspected 11 December 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,225 225.2,230 225.2,240 216.5,245 207.8,240 207.8,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Enfield: Good, inspected 22 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,150 233.9,155 233.9,165 225.2,170 216.5,165 216.5,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Essex: Outstanding, inspected 26 June 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,135 259.8,140 259.8,150 251.1,155 242.4,150 242.4,140"/>
    <path class="mark" d="M247.9,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Gateshead: Good, inspected 2 December 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="190.5,30 199.2,35 199.2,45 190.5,50 181.8,45 181.8,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Gloucestershire: Good, inspected 9 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="86.6,180 95.3,185 95.3,195 86.6,200 77.9,195 77.9,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Greenwich: Outstanding, inspected 3 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,195 259.8,200 259.8,210 251.1,215 242.4,210 242.4,200"/>
    <path class="mark" d="M247.9,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hackney: Good, inspected 1 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,165 225.2,170 225.2,180 216.5,185 207.8,180 207.8,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Halton: Inadequate, inspected 13 May 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="112.6,105 121.3,110 121.3,120 112.6,125 103.9,120 103.9,110"/>
    <path class="mark" d="M109.4,111.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Hammersmith and Fulham: Outstanding, inspected 11 March 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,180 181.9,185 181.9,195 173.2,200 164.5,195 164.5,185"/>
    <path class="mark" d="M170,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hampshire: Outstanding, inspected 10 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="147.2,225 155.9,230 155.9,240 147.2,245 138.5,240 138.5,230"/>
    <path class="mark" d="M144,235a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Haringey: Outstanding, inspected 12 January 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,150 216.5,155 216.5,165 207.8,170 199.1,165 199.1,155"/>
    <path class="mark" d="M204.6,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Harrow: Inadequate, inspected 20 January 2025" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="181.9,135 190.6,140 190.6,150 181.9,155 173.2,150 173.2,140"/>
    <path class="mark" d="M178.7,141.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Hartlepool: Outstanding, inspected 18 March 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,45 225.2,50 225.2,60 216.5,65 207.8,60 207.8,50"/>
    <path class="mark" d="M213.3,55a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Havering: Inadequate, inspected 11 December 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="268.5,165 277.2,170 277.2,180 268.5,185 259.8,180 259.8,170"/>
    <path class="mark" d="M265.3,171.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Herefordshire: Good, inspected 10 November 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,165 86.6,170 86.6,180 77.9,185 69.2,180 69.2,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Hertfordshire: Outstanding, inspected 23 January 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="233.8,135 242.5,140 242.5,150 233.8,155 225.1,150 225.1,140"/>
    <path class="mark" d="M230.6,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hillingdon: Outstanding, inspected 2 October 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,150 181.9,155 181.9,165 173.2,170 164.5,165 164.5,155"/>
    <path class="mark" d="M170,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Hounslow: Good, inspected 16 October 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,180 164.6,185 164.6,195 155.9,200 147.2,195 147.2,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Isle of Wight: Good, inspected 30 October 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,255 155.9,260 155.9,270 147.2,275 138.5,270 138.5,260"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Isles of Scilly: Inadequate, inspected 11 July 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="8.7,255 17.4,260 17.4,270 8.7,275 0,270 0,260"/>
    <path class="mark" d="M5.5,261.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Islington: Outstanding, inspected 2 December 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="199.2,165 207.9,170 207.9,180 199.2,185 190.5,180 190.5,170"/>
    <path class="mark" d="M196,175a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kensington and Chelsea: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,180 199.2,185 199.2,195 190.5,200 181.8,195 181.8,185"/>
    <path class="mark" d="M187.3,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kent: Good, inspected 3 November 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="242.5,210 251.2,215 251.2,225 242.5,230 233.8,225 233.8,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Kingston upon Hull: Good, inspected 2 March 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,90 233.9,95 233.9,105 225.2,110 216.5,105 216.5,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Kingston upon Thames: Outstanding, inspected 2 December 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="173.2,210 181.9,215 181.9,225 173.2,230 164.5,225 164.5,215"/>
    <path class="mark" d="M170,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Kirklees: Good, inspected 8 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,75 190.6,80 190.6,90 181.9,95 173.2,90 173.2,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Knowsley: Inadequate, inspected 18 November 2024" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="86.6,90 95.3,95 95.3,105 86.6,110 77.9,105 77.9,95"/>
    <path class="mark" d="M83.4,96.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Lambeth: Good, inspected 12 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="199.2,195 207.9,200 207.9,210 199.2,215 190.5,210 190.5,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Lancashire: No overall grade (framework from April 2026), inspected 11 May 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="103.9,60 112.6,65 112.6,75 103.9,80 95.2,75 95.2,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Leeds: Outstanding, inspected 30 June 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="199.2,75 207.9,80 207.9,90 199.2,95 190.5,90 190.5,80"/>
    <path class="mark" d="M196,85a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Leicester: Requires improvement to be good, inspected 23 September 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,150 129.9,155 129.9,165 121.2,170 112.5,165 112.5,155"/>
    <path class="mark" d="M117,158.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Leicestershire: Outstanding, inspected 22 April 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,150 147.3,155 147.3,165 138.6,170 129.9,165 129.9,155"/>
    <path class="mark" d="M135.4,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Lewisham: Good, inspected 4 December 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,195 242.5,200 242.5,210 233.8,215 225.1,210 225.1,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Lincolnshire: Outstanding, inspected 24 April 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,105 225.2,110 225.2,120 216.5,125 207.8,120 207.8,110"/>
    <path class="mark" d="M213.3,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Liverpool: No overall grade (framework from April 2026), inspected 11 May 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="77.9,105 86.6,110 86.6,120 77.9,125 69.2,120 69.2,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Luton: Good, inspected 19 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,135 225.2,140 225.2,150 216.5,155 207.8,150 207.8,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Manchester: Outstanding, inspected 22 September 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="138.6,90 147.3,95 147.3,105 138.6,110 129.9,105 129.9,95"/>
    <path class="mark" d="M135.4,100a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Medway: Good, inspected 17 July 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="285.8,195 294.5,200 294.5,210 285.8,215 277.1,210 277.1,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Merton: Outstanding, inspected 14 July 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,210 199.2,215 199.2,225 190.5,230 181.8,225 181.8,215"/>
    <path class="mark" d="M187.3,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Middlesbrough: No overall grade (framework from April 2026), inspected 8 June 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="207.8,60 216.5,65 216.5,75 207.8,80 199.1,75 199.1,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Milton Keynes: Good, inspected 28 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,150 164.6,155 164.6,165 155.9,170 147.2,165 147.2,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Newcastle upon Tyne: Good, inspected 12 May 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,30 181.9,35 181.9,45 173.2,50 164.5,45 164.5,35"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Newham: Outstanding, inspected 10 November 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="259.8,180 268.5,185 268.5,195 259.8,200 251.1,195 251.1,185"/>
    <path class="mark" d="M256.6,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Norfolk: Outstanding, inspected 23 February 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,105 259.8,110 259.8,120 251.1,125 242.4,120 242.4,110"/>
    <path class="mark" d="M247.9,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North East Lincolnshire: Good, inspected 14 July 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="242.5,90 251.2,95 251.2,105 242.5,110 233.8,105 233.8,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="North Lincolnshire: Outstanding, inspected 16 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,90 216.5,95 216.5,105 207.8,110 199.1,105 199.1,95"/>
    <path class="mark" d="M204.6,100a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North Northamptonshire: No overall grade (framework from April 2026), inspected 11 May 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="129.9,165 138.6,170 138.6,180 129.9,185 121.2,180 121.2,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="North Somerset: Requires improvement to be good, inspected 13 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="69.3,210 78,215 78,225 69.3,230 60.6,225 60.6,215"/>
    <path class="mark" d="M65.1,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="North Tyneside: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,0 199.2,5 199.2,15 190.5,20 181.8,15 181.8,5"/>
    <path class="mark" d="M187.3,10a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="North Yorkshire: Outstanding, inspected 3 July 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="190.5,60 199.2,65 199.2,75 190.5,80 181.8,75 181.8,65"/>
    <path class="mark" d="M187.3,70a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Northumberland: Outstanding, inspected 20 May 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,15 190.6,20 190.6,30 181.9,35 173.2,30 173.2,20"/>
    <path class="mark" d="M178.7,25a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Nottingham: Inadequate, inspected 11 July 2022" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="164.5,135 173.2,140 173.2,150 164.5,155 155.8,150 155.8,140"/>
    <path class="mark" d="M161.3,141.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Nottinghamshire: Good, inspected 20 May 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="173.2,120 181.9,125 181.9,135 173.2,140 164.5,135 164.5,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Oldham: Good, inspected 13 May 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,75 173.2,80 173.2,90 164.5,95 155.8,90 155.8,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Oxfordshire: Good, inspected 12 February 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="121.2,180 129.9,185 129.9,195 121.2,200 112.5,195 112.5,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Peterborough: Inadequate, inspected 27 November 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="233.8,105 242.5,110 242.5,120 233.8,125 225.1,120 225.1,110"/>
    <path class="mark" d="M230.6,111.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Plymouth: Requires improvement to be good, inspected 22 January 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="43.3,255 52,260 52,270 43.3,275 34.6,270 34.6,260"/>
    <path class="mark" d="M39.1,263.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Portsmouth: No overall grade (framework from April 2026), inspected 6 July 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="129.9,225 138.6,230 138.6,240 129.9,245 121.2,240 121.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Reading: Requires improvement to be good, inspected 22 April 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="129.9,195 138.6,200 138.6,210 129.9,215 121.2,210 121.2,200"/>
    <path class="mark" d="M125.7,203.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Redbridge: Outstanding, inspected 10 June 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="251.1,165 259.8,170 259.8,180 251.1,185 242.4,180 242.4,170"/>
    <path class="mark" d="M247.9,175a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Redcar and Cleveland: Good, inspected 1 December 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="225.2,60 233.9,65 233.9,75 225.2,80 216.5,75 216.5,65"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Richmond upon Thames: Outstanding, inspected 30 June 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="164.5,195 173.2,200 173.2,210 164.5,215 155.8,210 155.8,200"/>
    <path class="mark" d="M161.3,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Rochdale: Requires improvement to be good, inspected 23 January 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="138.6,60 147.3,65 147.3,75 138.6,80 129.9,75 129.9,65"/>
    <path class="mark" d="M134.4,68.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Rotherham: Outstanding, inspected 3 November 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,105 190.6,110 190.6,120 181.9,125 173.2,120 173.2,110"/>
    <path class="mark" d="M178.7,115a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Rutland: Good, inspected 15 April 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,135 155.9,140 155.9,150 147.2,155 138.5,150 138.5,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Salford: Good, inspected 6 November 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,75 121.3,80 121.3,90 112.6,95 103.9,90 103.9,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sandwell: Good, inspected 13 October 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,135 86.6,140 86.6,150 77.9,155 69.2,150 69.2,140"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sefton: Good, inspected 23 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="69.3,90 78,95 78,105 69.3,110 60.6,105 60.6,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sheffield: Good, inspected 11 September 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="164.5,105 173.2,110 173.2,120 164.5,125 155.8,120 155.8,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Shropshire: Outstanding, inspected 23 June 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="60.6,135 69.3,140 69.3,150 60.6,155 51.9,150 51.9,140"/>
    <path class="mark" d="M57.4,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Slough: Requires improvement to be good, inspected 23 January 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="138.6,180 147.3,185 147.3,195 138.6,200 129.9,195 129.9,185"/>
    <path class="mark" d="M134.4,188.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Solihull: Good, inspected 3 November 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="103.9,150 112.6,155 112.6,165 103.9,170 95.2,165 95.2,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Somerset: No overall grade (framework from April 2026), inspected 27 April 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="60.6,225 69.3,230 69.3,240 60.6,245 51.9,240 51.9,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="South Gloucestershire: Good, inspected 3 June 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="77.9,195 86.6,200 86.6,210 77.9,215 69.2,210 69.2,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="South Tyneside: No overall grade (framework from April 2026), inspected 15 June 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="199.2,15 207.9,20 207.9,30 199.2,35 190.5,30 190.5,20"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Southampton: Good, inspected 5 June 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,225 121.3,230 121.3,240 112.6,245 103.9,240 103.9,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Southend-on-Sea: Good, inspected 14 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="259.8,150 268.5,155 268.5,165 259.8,170 251.1,165 251.1,155"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Southwark: Good, inspected 9 March 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="216.5,195 225.2,200 225.2,210 216.5,215 207.8,210 207.8,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="St Helens: Good, inspected 10 July 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="103.9,90 112.6,95 112.6,105 103.9,110 95.2,105 95.2,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Staffordshire: Requires improvement to be good, inspected 6 November 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="129.9,135 138.6,140 138.6,150 129.9,155 121.2,150 121.2,140"/>
    <path class="mark" d="M125.7,143.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Stockport: Requires improvement to be good, inspected 12 May 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="147.2,105 155.9,110 155.9,120 147.2,125 138.5,120 138.5,110"/>
    <path class="mark" d="M143,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Stockton-on-Tees: Requires improvement to be good, inspected 6 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="199.2,45 207.9,50 207.9,60 199.2,65 190.5,60 190.5,50"/>
    <path class="mark" d="M195,53.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Stoke-on-Trent: Requires improvement to be good, inspected 12 May 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,120 129.9,125 129.9,135 121.2,140 112.5,135 112.5,125"/>
    <path class="mark" d="M117,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Suffolk: Requires improvement to be good, inspected 3 June 2024" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="242.5,120 251.2,125 251.2,135 242.5,140 233.8,135 233.8,125"/>
    <path class="mark" d="M238.3,128.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Sunderland: Outstanding, inspected 27 January 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,30 216.5,35 216.5,45 207.8,50 199.1,45 199.1,35"/>
    <path class="mark" d="M204.6,40a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Surrey: Good, inspected 17 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="155.9,210 164.6,215 164.6,225 155.9,230 147.2,225 147.2,215"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Sutton: Good, inspected 16 June 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="181.9,225 190.6,230 190.6,240 181.9,245 173.2,240 173.2,230"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Swindon: Inadequate, inspected 17 July 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="95.3,195 104,200 104,210 95.3,215 86.6,210 86.6,200"/>
    <path class="mark" d="M92.1,201.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Tameside: Inadequate, inspected 4 December 2023" aria-selected="false" class="hex key-inadequate" role="option" tabindex="-1">
    <polygon points="155.9,90 164.6,95 164.6,105 155.9,110 147.2,105 147.2,95"/>
    <path class="mark" d="M152.7,96.8l6.4,6.4m0,-6.4l-6.4,6.4"/>
  </g>
  <g aria-label="Telford and Wrekin: Outstanding, inspected 29 April 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="69.3,120 78,125 78,135 69.3,140 60.6,135 60.6,125"/>
    <path class="mark" d="M66.1,130a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Thurrock: Outstanding, inspected 16 September 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="242.5,150 251.2,155 251.2,165 242.5,170 233.8,165 233.8,155"/>
    <path class="mark" d="M239.3,160a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Torbay: Good, inspected 12 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="52,240 60.7,245 60.7,255 52,260 43.3,255 43.3,245"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Tower Hamlets: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="242.5,180 251.2,185 251.2,195 242.5,200 233.8,195 233.8,185"/>
    <path class="mark" d="M239.3,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Trafford: No overall grade (framework from April 2026), inspected 8 June 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="121.2,90 129.9,95 129.9,105 121.2,110 112.5,105 112.5,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wakefield: Good, inspected 24 March 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="190.5,90 199.2,95 199.2,105 190.5,110 181.8,105 181.8,95"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Walsall: Outstanding, inspected 12 May 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="95.3,135 104,140 104,150 95.3,155 86.6,150 86.6,140"/>
    <path class="mark" d="M92.1,145a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Waltham Forest: Good, inspected 8 July 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="233.8,165 242.5,170 242.5,180 233.8,185 225.1,180 225.1,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wandsworth: Outstanding, inspected 2 March 2026" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="181.9,195 190.6,200 190.6,210 181.9,215 173.2,210 173.2,200"/>
    <path class="mark" d="M178.7,205a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Warrington: Good, inspected 10 June 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="129.9,105 138.6,110 138.6,120 129.9,125 121.2,120 121.2,110"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Warwickshire: Requires improvement to be good, inspected 2 June 2025" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="95.3,165 104,170 104,180 95.3,185 86.6,180 86.6,170"/>
    <path class="mark" d="M91.1,173.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="West Berkshire: Good, inspected 15 September 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,195 121.3,200 121.3,210 112.6,215 103.9,210 103.9,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="West Northamptonshire: No overall grade (framework from April 2026), inspected 11 May 2026" aria-selected="false" class="hex key-none" role="option" tabindex="-1">
    <polygon points="112.6,165 121.3,170 121.3,180 112.6,185 103.9,180 103.9,170"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="West Sussex: Requires improvement to be good, inspected 13 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="164.5,225 173.2,230 173.2,240 164.5,245 155.8,240 155.8,230"/>
    <path class="mark" d="M160.3,233.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Westminster: Outstanding, inspected 11 November 2024" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="207.8,180 216.5,185 216.5,195 207.8,200 199.1,195 199.1,185"/>
    <path class="mark" d="M204.6,190a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Westmorland and Furness: Good, inspected 22 April 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="112.6,45 121.3,50 121.3,60 112.6,65 103.9,60 103.9,50"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wigan: Good, inspected 6 October 2025" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="95.3,75 104,80 104,90 95.3,95 86.6,90 86.6,80"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wiltshire: Outstanding, inspected 25 September 2023" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="103.9,210 112.6,215 112.6,225 103.9,230 95.2,225 95.2,215"/>
    <path class="mark" d="M100.7,220a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
  <g aria-label="Windsor and Maidenhead: Good, inspected 7 October 2024" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="147.2,195 155.9,200 155.9,210 147.2,215 138.5,210 138.5,200"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Wirral: Requires improvement to be good, inspected 18 September 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="60.6,105 69.3,110 69.3,120 60.6,125 51.9,120 51.9,110"/>
    <path class="mark" d="M56.4,113.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Wokingham: Requires improvement to be good, inspected 6 March 2023" aria-selected="false" class="hex key-requires-improvement" role="option" tabindex="-1">
    <polygon points="121.2,210 129.9,215 129.9,225 121.2,230 112.5,225 112.5,215"/>
    <path class="mark" d="M117,218.7h8.3v2.6h-8.3Z"/>
  </g>
  <g aria-label="Wolverhampton: Good, inspected 26 January 2026" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="86.6,120 95.3,125 95.3,135 86.6,140 77.9,135 77.9,125"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="Worcestershire: Good, inspected 15 May 2023" aria-selected="false" class="hex key-good" role="option" tabindex="-1">
    <polygon points="103.9,180 112.6,185 112.6,195 103.9,200 95.2,195 95.2,185"/>
    <path class="mark" d=""/>
  </g>
  <g aria-label="York: Outstanding, inspected 24 February 2025" aria-selected="false" class="hex key-outstanding" role="option" tabindex="-1">
    <polygon points="216.5,75 225.2,80 225.2,90 216.5,95 207.8,90 207.8,80"/>
    <path class="mark" d="M213.3,85a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
  </g>
</svg>

<figure class="bar-figure">
  <figcaption>
    England
  </figcaption>
  <div aria-hidden="true" class="bar">
    <span class="segment key-outstanding" style="flex-grow:46"/>
    <span class="segment key-good" style="flex-grow:61"/>
    <span class="segment key-requires-improvement" style="flex-grow:24"/>
    <span class="segment key-inadequate" style="flex-grow:11"/>
    <span class="segment key-none" style="flex-grow:11"/>
  </div>
  <ul class="bar-key">
    <li>
      <svg aria-hidden="true" class="swatch key-outstanding" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,0a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z"/>
      </svg>
      <span>
        Outstanding
        :
        <strong>
          46
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-good" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        Good
        :
        <strong>
          61
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-requires-improvement" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-4.2,-1.3h8.3v2.6h-8.3Z"/>
      </svg>
      <span>
        Requires improvement to be good
        :
        <strong>
          24
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-inadequate" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d="M-3.2,-3.2l6.4,6.4m0,-6.4l-6.4,6.4"/>
      </svg>
      <span>
        Inadequate
        :
        <strong>
          11
        </strong>
      </span>
    </li>
    <li>
      <svg aria-hidden="true" class="swatch key-none" viewBox="-11 -11 22 22">
        <polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"/>
        <path class="mark" d=""/>
      </svg>
      <span>
        No overall grade
        :
        <strong>
          11
        </strong>
      </span>
    </li>
  </ul>
</figure>

<div aria-hidden="true" class="series">
  <div class="columns">
    <div class="column">
      <span class="segment key-inadequate" style="height:2%"/>
      <span class="segment key-requires-improvement" style="height:5.2%"/>
      <span class="segment key-good" style="height:3.9%"/>
      <span class="segment key-outstanding" style="height:0%"/>
      <span class="segment key-none" style="height:88.9%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:19.6%"/>
      <span class="segment key-good" style="height:8.5%"/>
      <span class="segment key-outstanding" style="height:0%"/>
      <span class="segment key-none" style="height:63.4%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:15%"/>
      <span class="segment key-requires-improvement" style="height:30.7%"/>
      <span class="segment key-good" style="height:13.7%"/>
      <span class="segment key-outstanding" style="height:1.3%"/>
      <span class="segment key-none" style="height:39.2%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:19.6%"/>
      <span class="segment key-requires-improvement" style="height:41.2%"/>
      <span class="segment key-good" style="height:25.5%"/>
      <span class="segment key-outstanding" style="height:1.3%"/>
      <span class="segment key-none" style="height:12.4%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:13.7%"/>
      <span class="segment key-requires-improvement" style="height:49%"/>
      <span class="segment key-good" style="height:35.3%"/>
      <span class="segment key-outstanding" style="height:2%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:40.5%"/>
      <span class="segment key-good" style="height:39.9%"/>
      <span class="segment key-outstanding" style="height:5.2%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:36.6%"/>
      <span class="segment key-good" style="height:37.3%"/>
      <span class="segment key-outstanding" style="height:11.8%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:14.4%"/>
      <span class="segment key-requires-improvement" style="height:36.6%"/>
      <span class="segment key-good" style="height:37.3%"/>
      <span class="segment key-outstanding" style="height:11.8%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:13.1%"/>
      <span class="segment key-requires-improvement" style="height:34%"/>
      <span class="segment key-good" style="height:39.2%"/>
      <span class="segment key-outstanding" style="height:13.7%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:32.7%"/>
      <span class="segment key-good" style="height:42.5%"/>
      <span class="segment key-outstanding" style="height:16.3%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:11.1%"/>
      <span class="segment key-requires-improvement" style="height:29.4%"/>
      <span class="segment key-good" style="height:39.9%"/>
      <span class="segment key-outstanding" style="height:19.6%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:12.4%"/>
      <span class="segment key-requires-improvement" style="height:20.3%"/>
      <span class="segment key-good" style="height:43.8%"/>
      <span class="segment key-outstanding" style="height:23.5%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
    <div class="column">
      <span class="segment key-inadequate" style="height:8.5%"/>
      <span class="segment key-requires-improvement" style="height:19%"/>
      <span class="segment key-good" style="height:42.5%"/>
      <span class="segment key-outstanding" style="height:30.1%"/>
      <span class="segment key-none" style="height:0%"/>
    </div>
  </div>
  <div class="years">
    <span>
      2014
    </span>
    <span>
    </span>
    <span>
      2016
    </span>
    <span>
    </span>
    <span>
      2018
    </span>
    <span>
    </span>
    <span>
      2020
    </span>
    <span>
    </span>
    <span>
      2022
    </span>
    <span>
    </span>
    <span>
      2024
    </span>
    <span>
    </span>
    <span>
      2026
    </span>
  </div>
</div>
`;
/* end snapshot ofsted-england UnknownCouncil */

