// The web editors' guide's snippets, read from the files the tests run (the paste files, the WordPress plugin and its
// manual recipe), so the guide cannot drift from what is tested.
import breakdownPaste from '../../examples/paste/breakdown.html?raw';
import englandPaste from '../../examples/paste/england.html?raw';
import journeyPaste from '../../examples/paste/journey.html?raw';
import scorecardPaste from '../../examples/paste/scorecard.html?raw';
import timelinePaste from '../../examples/paste/timeline.html?raw';
import pluginCss from '../../integrations/wordpress/ofsted-widgets/ofsted-widgets.css?raw';
import pluginPhp from '../../integrations/wordpress/ofsted-widgets/ofsted-widgets.php?raw';
import { manualRecipe as recipeFrom } from '../../integrations/wordpress/manual-recipe.mjs';

export const pastes = {
  timeline: timelinePaste,
  scorecard: scorecardPaste,
  breakdown: breakdownPaste,
  journey: journeyPaste,
  england: englandPaste,
};
export { pluginCss };

/** What a theme without the plugin adds to functions.php (integrations/wordpress/manual-recipe.mjs, which the WordPress test runs). */
export const manualRecipe = recipeFrom(pluginPhp);
