// The "Ofsted inspections" block in the editor: which element and which council, chosen in the block's settings
// from the authority index; the preview is the element itself, drawn by the same script as the published page.
// Plain JavaScript on WordPress's globals, so the plugin needs no build step. The page is rendered by PHP.
(function (blocks, element, blockEditor, components, i18n) {
  const el = element.createElement;
  const __ = i18n.__;
  const { InspectorControls, useBlockProps } = blockEditor;
  const { ComboboxControl, PanelBody, Placeholder, SelectControl } = components;
  const settings = window.ofstedWidgetsEditor || { councils: [], elements: [] };
  const councils = settings.councils.map((council) => ({ value: council.id, label: council.name }));

  function Controls({ attributes, setAttributes }) {
    return el(
      PanelBody,
      { title: __('Ofsted inspections', 'ofsted-widgets') },
      el(ComboboxControl, {
        label: __('Council', 'ofsted-widgets'),
        value: attributes.authority,
        options: councils,
        onChange: (authority) => setAttributes({ authority: authority || '' }),
      }),
      el(SelectControl, {
        label: __('Show', 'ofsted-widgets'),
        value: attributes.element,
        options: settings.elements,
        onChange: (chosen) => setAttributes({ element: chosen }),
      }),
    );
  }

  blocks.registerBlockType('ofsted-widgets/inspections', {
    edit(props) {
      const { authority, element: chosen } = props.attributes;
      const blockProps = useBlockProps();
      const preview = authority
        ? el('ofsted-' + chosen, { key: chosen + authority, authority, 'no-export': '' })
        : el(Placeholder, {
            icon: 'chart-line',
            label: __('Ofsted inspections', 'ofsted-widgets'),
            instructions: __("Choose the council in the block's settings.", 'ofsted-widgets'),
          });
      return el('div', blockProps, el(InspectorControls, null, el(Controls, props)), preview);
    },
    save: () => null,
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n);
