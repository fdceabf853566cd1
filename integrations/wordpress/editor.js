// The medborger blocks in the block editor: one block per widget, its sidebar controls made from the widget's
// documented attributes (window.medborgerWidgets, from widgets.json), and a live preview rendered by the server
// (the drop-in, enqueued in the editor, turns the previewed element into the widget). Plain JavaScript with
// wp.element.createElement, so the plugin needs no build step of its own.
(function (wp, data) {
  if (!wp || !data) return;
  const h = wp.element.createElement;
  const { __, sprintf } = wp.i18n;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;

  // Labels and titles come from widgets.json in English; wp.i18n looks each up in the plugin's translations.
  const translate = (text) => __(text, 'medborger');

  function help(field) {
    const attribute = sprintf(__('HTML attribute: %s', 'medborger'), field.name);
    return data.lang === 'en' && field.help ? `${field.help} (${attribute})` : attribute;
  }

  // The built-in guides (the guide registry), by their titles in the editor's language.
  function guideOptions() {
    const options = [{ value: '', label: __('Choose a guide', 'medborger') }];
    for (const guide of data.guides) options.push({ value: guide.id, label: guide.title[data.lang] ?? guide.id });
    return options;
  }

  function control(block, field, attributes, setAttributes) {
    const value = attributes[field.name];
    const set = (next) => setAttributes({ [field.name]: next === '' ? undefined : next });
    const common = { key: field.name, label: translate(field.label), help: help(field) };
    if (field.kind === 'boolean') return h(ToggleControl, { ...common, checked: Boolean(value), onChange: set });
    if (block.tag === 'mb-guide-card' && field.name === 'guide')
      return h(SelectControl, { ...common, value: value ?? '', options: guideOptions(), onChange: set });
    if (field.kind === 'choice' && !field.open) {
      const standard = __('(default)', 'medborger');
      const options = [{ value: '', label: field.default ? `${field.default} ${standard}` : standard }].concat(
        field.choices
          .filter((choice) => choice && choice !== field.default)
          .map((choice) => ({ value: choice, label: choice })),
      );
      return h(SelectControl, { ...common, value: value ?? '', options, onChange: set });
    }
    return h(TextControl, {
      ...common,
      type: field.kind === 'number' ? 'number' : 'text',
      value: value ?? '',
      placeholder: field.default || undefined,
      onChange: set,
    });
  }

  function edit(block) {
    return function Edit({ attributes, setAttributes }) {
      const blockProps = useBlockProps();
      return h(
        'div',
        blockProps,
        h(
          InspectorControls,
          null,
          h(
            PanelBody,
            { title: __('Settings', 'medborger'), initialOpen: true },
            block.fields.map((field) => control(block, field, attributes, setAttributes)),
          ),
        ),
        h(ServerSideRender, { block: block.name, attributes }),
      );
    };
  }

  for (const block of data.blocks) {
    const attributes = {};
    for (const field of block.fields)
      attributes[field.name] = { type: field.kind === 'boolean' ? 'boolean' : 'string' };
    wp.blocks.registerBlockType(block.name, {
      apiVersion: 2,
      title: translate(block.title),
      description: translate(block.description),
      category: 'widgets',
      icon: block.icon,
      keywords: ['medborger', block.tag],
      attributes,
      supports: { html: false },
      edit: edit(block),
      save: () => null,
    });
  }
})(window.wp, window.medborgerWidgets);
