<?php
// The editor script's dependencies (WordPress's block.json "file:" scripts read them from here; there is no build step).
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.1.0',
);
