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
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
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
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for Northwick (fictional council)" class="chart" height="296" part="chart" role="group" viewBox="0 0 640 296" width="640">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="616" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="68"/>
    <rect class="band band-even" height="46" width="616" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="628" y1="270" y2="270"/>
    <line class="gridline" x1="64.5" x2="64.5" y1="22" y2="270"/>
    <line class="tick" x1="64.5" x2="64.5" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="64.5" y="287.7">
      2012
    </text>
    <line class="gridline" x1="149.7" x2="149.7" y1="22" y2="270"/>
    <line class="tick" x1="149.7" x2="149.7" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="149.7" y="287.7">
      2014
    </text>
    <line class="gridline" x1="234.8" x2="234.8" y1="22" y2="270"/>
    <line class="tick" x1="234.8" x2="234.8" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="234.8" y="287.7">
      2016
    </text>
    <line class="gridline" x1="320" x2="320" y1="22" y2="270"/>
    <line class="tick" x1="320" x2="320" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="320" y="287.7">
      2018
    </text>
    <line class="gridline" x1="405.1" x2="405.1" y1="22" y2="270"/>
    <line class="tick" x1="405.1" x2="405.1" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="405.1" y="287.7">
      2020
    </text>
    <line class="gridline" x1="490.3" x2="490.3" y1="22" y2="270"/>
    <line class="tick" x1="490.3" x2="490.3" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="490.3" y="287.7">
      2022
    </text>
    <line class="gridline" x1="575.3" x2="575.3" y1="22" y2="270"/>
    <line class="tick" x1="575.3" x2="575.3" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="575.3" y="287.7">
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
    <line class="lanes-edge" x1="12" x2="628" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="14" y="244.4"/>
    <text class="lanes-label" text-anchor="start" x="16" y="258.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M55.4,93.5H254.6V108.7H55.4ZM242.3,204.5H340.7V219.7H242.3ZM361.4,77.8H400.8V93H361.4ZM479.1,31.8H587.4V47H479.1Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, March 2011: Fictional inspection with an unknown overall grade. Overall effectiveness: Not known." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2011" role="option" tabindex="0">
      <circle class="hit-area" cx="30.7" cy="230" r="12"/>
      <circle class="focus-ring" cx="30.7" cy="230" r="10.5"/>
      <circle class="focus-outline" cx="30.7" cy="230" r="14"/>
      <path class="marker" d="M25.2,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 3 to 26 February 2014: Fictional SIF inspection. Overall effectiveness: Requires improvement to be good, with children looked after and achieving permanence judged Good." aria-selected="false" class="event kind-inspection graded grade-requires-improvement" data-event-id="inspection-2014" role="option" tabindex="-1">
      <circle class="hit-area" cx="155" cy="147" r="12"/>
      <path class="marker" d="M148,147a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="155" y="105.2">
        Requires improvement
      </text>
    </g>
    <g aria-label="Joint targeted area inspection, October 2016: Fictional joint targeted area inspection." aria-selected="false" class="event kind-joint-targeted-area-inspection ungraded" data-event-id="jtai-2016" role="option" tabindex="-1">
      <circle class="hit-area" cx="268.5" cy="230" r="12"/>
      <path class="marker" d="M263,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, April and May 2017: Fictional SIF inspection. Overall effectiveness: Inadequate." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="291.5" cy="193" r="12"/>
      <path class="marker" d="M284.5,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="291.5" y="216.2">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, September 2017: Fictional improvement plan." aria-selected="false" class="event kind-milestone ungraded" data-event-id="plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="307.5" cy="230" r="12"/>
      <path class="marker" d="M307.5,222.9L314.7,230L307.5,237.2L300.4,230Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 February 2018 (date inferred): Fictional monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018" role="option" tabindex="-1">
      <circle class="hit-area" cx="325.2" cy="254" r="12"/>
      <path class="marker" d="M319.7,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 3 to 14 June 2019: Fictional ILACS inspection. Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="381.1" cy="101" r="12"/>
      <path class="marker" d="M374.1,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="381.1" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 22 June 2021: Fictional focused visit." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="467.8" cy="230" r="12"/>
      <path class="marker" d="M467.8,223.4L474.4,235.5L461.2,235.5Z"/>
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
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
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
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
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
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for London Borough of Barnet" class="chart" height="392" part="chart" role="group" viewBox="0 0 320 392" width="320">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="296" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="296" x="12" y="68"/>
    <rect class="band band-even" height="46" width="296" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="296" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="308" y1="366" y2="366"/>
    <line class="gridline" x1="85.7" x2="85.7" y1="22" y2="366"/>
    <line class="tick" x1="85.7" x2="85.7" y1="366" y2="370"/>
    <text class="tick-label" text-anchor="middle" x="85.7" y="383.7">
      2015
    </text>
    <line class="gridline" x1="191.8" x2="191.8" y1="22" y2="366"/>
    <line class="tick" x1="191.8" x2="191.8" y1="366" y2="370"/>
    <text class="tick-label" text-anchor="middle" x="191.8" y="383.7">
      2020
    </text>
    <line class="gridline" x1="298" x2="298" y1="22" y2="366"/>
    <line class="tick" x1="298" x2="298" y1="366" y2="370"/>
    <text class="tick-label" text-anchor="end" x="298" y="383.7">
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
    <line class="lanes-edge" x1="12" x2="308" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="95.4" x="210.6" y="244.4"/>
    <text class="lanes-label" text-anchor="end" x="304" y="258.1">
      Not graded
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M86.3,204.5H184.7V219.7H86.3ZM158.9,77.8H198.3V93H158.9ZM266.5,77.8H305.9V93H266.5Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
      <circle class="hit-area" cx="24.6" cy="230" r="12"/>
      <circle class="focus-ring" cx="24.6" cy="230" r="10.5"/>
      <circle class="focus-outline" cx="24.6" cy="230" r="14"/>
      <path class="marker" d="M19.1,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 25 April to 18 May 2017: Single Inspection Framework (SIF) inspection. Overall effectiveness: Inadequate, with adoption performance and experiences and progress of care leavers judged Requires improvement to be good." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="135.5" cy="193" r="12"/>
      <path class="marker" d="M128.5,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="135.5" y="216.2">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, August 2017: Commissioner for Children’s Services appointed." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-appointed-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="141.4" cy="230" r="12"/>
      <path class="marker" d="M141.4,222.9L148.6,230L141.4,237.2L134.3,230Z"/>
    </g>
    <g aria-label="Milestone, October 2017: Improvement Action Plan submitted to Ofsted." aria-selected="false" class="event kind-milestone ungraded" data-event-id="improvement-plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="144.9" cy="254" r="12"/>
      <path class="marker" d="M144.9,246.9L152.1,254L144.9,261.2L137.8,254Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 November 2017: First monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2017-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="146.7" cy="278" r="12"/>
      <path class="marker" d="M141.2,278a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Milestone, 8 December 2017: Commissioner’s report submitted to ministers." aria-selected="false" class="event kind-milestone ungraded" data-event-id="commissioner-report-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="148" cy="302" r="12"/>
      <path class="marker" d="M148,294.9L155.2,302L148,309.2L140.9,302Z"/>
    </g>
    <g aria-label="Monitoring visit, January 2018: Second monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-01" role="option" tabindex="-1">
      <circle class="hit-area" cx="150.3" cy="326" r="12"/>
      <path class="marker" d="M144.8,326a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, 25 and 26 April 2018: Third monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-04" role="option" tabindex="-1">
      <circle class="hit-area" cx="156.1" cy="350" r="12"/>
      <path class="marker" d="M150.6,350a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, July and August 2018 (date inferred): Fourth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-07" role="option" tabindex="-1">
      <circle class="hit-area" cx="161.7" cy="230" r="12"/>
      <path class="marker" d="M156.2,230a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Monitoring visit, November 2018: Fifth monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018-11" role="option" tabindex="-1">
      <circle class="hit-area" cx="167.9" cy="254" r="12"/>
      <path class="marker" d="M162.4,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 13 to 24 May 2019: Inspection of children’s services (ILACS, standard). Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="178.6" cy="101" r="12"/>
      <path class="marker" d="M171.6,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="178.6" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 23 and 24 June 2021 (date inferred): Focused visit (children in care)." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="223.2" cy="230" r="12"/>
      <path class="marker" d="M223.2,223.4L229.8,235.5L216.6,235.5Z"/>
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
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
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
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="-1">
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
` (no chart)
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
` (no chart)
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
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
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
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="-1">
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
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
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
<svg aria-label="Timeline of Ofsted inspections, visits and milestones for Northwick (fictional council)" class="chart" height="296" part="chart" role="group" viewBox="0 0 640 296" width="640">
  <g aria-hidden="true" class="bands">
    <rect class="band band-even" height="46" width="616" x="12" y="22"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="68"/>
    <rect class="band band-even" height="46" width="616" x="12" y="114"/>
    <rect class="band band-odd" height="46" width="616" x="12" y="160"/>
  </g>
  <g aria-hidden="true" class="axis">
    <line class="axis-line" x1="12" x2="628" y1="270" y2="270"/>
    <line class="gridline" x1="64.5" x2="64.5" y1="22" y2="270"/>
    <line class="tick" x1="64.5" x2="64.5" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="64.5" y="287.7">
      2012
    </text>
    <line class="gridline" x1="149.7" x2="149.7" y1="22" y2="270"/>
    <line class="tick" x1="149.7" x2="149.7" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="149.7" y="287.7">
      2014
    </text>
    <line class="gridline" x1="234.8" x2="234.8" y1="22" y2="270"/>
    <line class="tick" x1="234.8" x2="234.8" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="234.8" y="287.7">
      2016
    </text>
    <line class="gridline" x1="320" x2="320" y1="22" y2="270"/>
    <line class="tick" x1="320" x2="320" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="320" y="287.7">
      2018
    </text>
    <line class="gridline" x1="405.1" x2="405.1" y1="22" y2="270"/>
    <line class="tick" x1="405.1" x2="405.1" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="405.1" y="287.7">
      2020
    </text>
    <line class="gridline" x1="490.3" x2="490.3" y1="22" y2="270"/>
    <line class="tick" x1="490.3" x2="490.3" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="490.3" y="287.7">
      2022
    </text>
    <line class="gridline" x1="575.3" x2="575.3" y1="22" y2="270"/>
    <line class="tick" x1="575.3" x2="575.3" y1="270" y2="274"/>
    <text class="tick-label" text-anchor="middle" x="575.3" y="287.7">
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
    <line class="lanes-edge" x1="12" x2="628" y1="206" y2="206"/>
    <rect class="lanes-label-bg" height="19.2" width="289.3" x="14" y="244.4"/>
    <text class="lanes-label" text-anchor="start" x="16" y="258.1">
      Events without an overall grade
    </text>
  </g>
  <path aria-hidden="true" class="label-targets" d="M55.4,93.5H254.6V108.7H55.4ZM242.3,204.5H340.7V219.7H242.3ZM361.4,77.8H400.8V93H361.4ZM479.1,31.8H587.4V47H479.1Z"/>
  <g aria-label="Events, in time order" aria-orientation="horizontal" role="listbox">
    <g aria-label="Inspection, March 2011: Fictional inspection with an unknown overall grade. Overall effectiveness: Not known." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2011" role="option" tabindex="0">
      <circle class="hit-area" cx="30.7" cy="230" r="12"/>
      <circle class="focus-ring" cx="30.7" cy="230" r="10.5"/>
      <circle class="focus-outline" cx="30.7" cy="230" r="14"/>
      <path class="marker" d="M25.2,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, 3 to 26 February 2014: Fictional SIF inspection. Overall effectiveness: Requires improvement to be good, with children looked after and achieving permanence judged Good." aria-selected="false" class="event kind-inspection graded grade-requires-improvement" data-event-id="inspection-2014" role="option" tabindex="-1">
      <circle class="hit-area" cx="155" cy="147" r="12"/>
      <path class="marker" d="M148,147a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="155" y="105.2">
        Requires improvement
      </text>
    </g>
    <g aria-label="Joint targeted area inspection, October 2016: Fictional joint targeted area inspection." aria-selected="false" class="event kind-joint-targeted-area-inspection ungraded" data-event-id="jtai-2016" role="option" tabindex="-1">
      <circle class="hit-area" cx="268.5" cy="230" r="12"/>
      <path class="marker" d="M263,224.5h11v11h-11Z"/>
    </g>
    <g aria-label="Inspection, April and May 2017: Fictional SIF inspection. Overall effectiveness: Inadequate." aria-selected="false" class="event kind-inspection graded grade-inadequate" data-event-id="inspection-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="291.5" cy="193" r="12"/>
      <path class="marker" d="M284.5,193a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="291.5" y="216.2">
        Inadequate
      </text>
    </g>
    <g aria-label="Milestone, September 2017: Fictional improvement plan." aria-selected="false" class="event kind-milestone ungraded" data-event-id="plan-2017" role="option" tabindex="-1">
      <circle class="hit-area" cx="307.5" cy="230" r="12"/>
      <path class="marker" d="M307.5,222.9L314.7,230L307.5,237.2L300.4,230Z"/>
    </g>
    <g aria-label="Monitoring visit, 14 and 15 February 2018 (date inferred): Fictional monitoring visit." aria-selected="false" class="event kind-monitoring-visit ungraded" data-event-id="monitoring-visit-2018" role="option" tabindex="-1">
      <circle class="hit-area" cx="325.2" cy="254" r="12"/>
      <path class="marker" d="M319.7,254a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0Z"/>
    </g>
    <g aria-label="Inspection, 3 to 14 June 2019: Fictional ILACS inspection. Overall effectiveness: Good." aria-selected="false" class="event kind-inspection graded grade-good" data-event-id="inspection-2019" role="option" tabindex="-1">
      <circle class="hit-area" cx="381.1" cy="101" r="12"/>
      <path class="marker" d="M374.1,101a7,7 0 1,0 14,0a7,7 0 1,0 -14,0Z"/>
      <text aria-hidden="true" class="point-label" text-anchor="middle" x="381.1" y="89.5">
        Good
      </text>
    </g>
    <g aria-label="Focused visit, 22 June 2021: Fictional focused visit." aria-selected="false" class="event kind-focused-visit ungraded" data-event-id="focused-visit-2021" role="option" tabindex="-1">
      <circle class="hit-area" cx="467.8" cy="230" r="12"/>
      <path class="marker" d="M467.8,223.4L474.4,235.5L461.2,235.5Z"/>
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
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
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
    <g aria-label="Inspection, February 2012 (date inferred): Inspection (earlier framework). No overall effectiveness grade." aria-selected="false" class="event kind-inspection ungraded" data-event-id="inspection-2012" role="option" tabindex="0">
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

