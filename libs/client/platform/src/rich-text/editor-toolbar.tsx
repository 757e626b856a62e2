import type { KeyboardEvent, ReactElement, RefObject } from 'react';
import { useEditorState, type ChainedCommands, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  ToolbarToggleButton,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowRedoRegular,
  ArrowUndoRegular,
  ImageAddRegular,
  ImageAltTextRegular,
  LineHorizontal1Regular,
  LinkRegular,
  TableAddRegular,
  TableDeleteColumnRegular,
  TableDeleteRowRegular,
  TableDismissRegular,
  TableInsertColumnRegular,
  TableInsertRowRegular,
  TableRegular,
  TextBoldRegular,
  TextBulletListLtrRegular,
  TextHeader2Regular,
  TextHeader3Regular,
  TextHeader4Regular,
  TextItalicRegular,
  TextNumberListLtrRegular,
  TextQuoteRegular,
  TextStrikethroughRegular,
  TextUnderlineRegular,
} from '@fluentui/react-icons';

const useStyles = makeStyles({
  toolbar: {
    flexWrap: 'wrap',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    borderTopLeftRadius: tokens.borderRadiusMedium,
    borderTopRightRadius: tokens.borderRadiusMedium,
  },
});

export interface EditorToolbarProps {
  editor: Editor;
  disabled: boolean;
  toolbarRef: RefObject<HTMLDivElement | null>;
  /** Present when images can be uploaded. */
  onInsertImage?: () => void;
  onEditLink: () => void;
  onEditAlt: () => void;
  /** Esc in the toolbar: back to the text. */
  onReturnToText: () => void;
}

/** What the toolbar shows as pressed or available; re-read on each editor transaction. */
function selectToolbarState({ editor }: { editor: Editor }) {
  const can = editor.can();
  return {
    format: [
      editor.isActive('bold') && 'bold',
      editor.isActive('italic') && 'italic',
      editor.isActive('underline') && 'underline',
      editor.isActive('strike') && 'strike',
      editor.isActive('link') && 'link',
    ].filter((value): value is string => Boolean(value)),
    block: [
      editor.isActive('heading', { level: 2 }) && 'h2',
      editor.isActive('heading', { level: 3 }) && 'h3',
      editor.isActive('heading', { level: 4 }) && 'h4',
      editor.isActive('bulletList') && 'bulletList',
      editor.isActive('orderedList') && 'orderedList',
      editor.isActive('blockquote') && 'blockquote',
    ].filter((value): value is string => Boolean(value)),
    canUndo: can.undo(),
    canRedo: can.redo(),
    imageSelected: editor.isActive('image'),
    canInsertTable: can.insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
    canAddRow: can.addRowAfter(),
    canAddColumn: can.addColumnAfter(),
    canDeleteRow: can.deleteRow(),
    canDeleteColumn: can.deleteColumn(),
    canDeleteTable: can.deleteTable(),
  };
}

/** An icon button whose tooltip is also its accessible name. */
function Tool({ label, children }: { label: string; children: ReactElement }) {
  return (
    <Tooltip content={label} relationship="label" withArrow>
      {children}
    </Tooltip>
  );
}

/**
 * The formatting toolbar: one tab stop, arrow keys between buttons (Fluent's Toolbar),
 * pressed state on the marks and blocks at the cursor.
 */
export function EditorToolbar({ editor, disabled, toolbarRef, onInsertImage, onEditLink, onEditAlt, onReturnToText }: EditorToolbarProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const state = useEditorState({ editor, selector: selectToolbarState });
  const run = (command: (chain: ChainedCommands) => ChainedCommands) => {
    command(editor.chain().focus()).run();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Only Esc pressed on the toolbar itself; menus and tooltips handle their own.
    if (event.key === 'Escape' && toolbarRef.current?.contains(event.target as Node)) {
      event.preventDefault();
      onReturnToText();
    }
  };

  return (
    <Toolbar
      ref={toolbarRef}
      aria-label={t('richText.toolbar')}
      className={styles.toolbar}
      checkedValues={{ format: state.format, block: state.block }}
      onKeyDown={onKeyDown}
    >
      <Tool label={t('richText.undo')}>
        <ToolbarButton
          icon={<ArrowUndoRegular />}
          disabled={disabled}
          disabledFocusable={!disabled && !state.canUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
          onClick={() => run((chain) => chain.undo())}
        />
      </Tool>
      <Tool label={t('richText.redo')}>
        <ToolbarButton
          icon={<ArrowRedoRegular />}
          disabled={disabled}
          disabledFocusable={!disabled && !state.canRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          onClick={() => run((chain) => chain.redo())}
        />
      </Tool>
      <ToolbarDivider />
      <Tool label={t('richText.heading2')}>
        <ToolbarToggleButton
          name="block"
          value="h2"
          icon={<TextHeader2Regular />}
          disabled={disabled}
          onClick={() => run((chain) => chain.toggleHeading({ level: 2 }))}
        />
      </Tool>
      <Tool label={t('richText.heading3')}>
        <ToolbarToggleButton
          name="block"
          value="h3"
          icon={<TextHeader3Regular />}
          disabled={disabled}
          onClick={() => run((chain) => chain.toggleHeading({ level: 3 }))}
        />
      </Tool>
      <Tool label={t('richText.heading4')}>
        <ToolbarToggleButton
          name="block"
          value="h4"
          icon={<TextHeader4Regular />}
          disabled={disabled}
          onClick={() => run((chain) => chain.toggleHeading({ level: 4 }))}
        />
      </Tool>
      <ToolbarDivider />
      <Tool label={t('richText.bold')}>
        <ToolbarToggleButton
          name="format"
          value="bold"
          icon={<TextBoldRegular />}
          disabled={disabled}
          aria-keyshortcuts="Control+B Meta+B"
          onClick={() => run((chain) => chain.toggleBold())}
        />
      </Tool>
      <Tool label={t('richText.italic')}>
        <ToolbarToggleButton
          name="format"
          value="italic"
          icon={<TextItalicRegular />}
          disabled={disabled}
          aria-keyshortcuts="Control+I Meta+I"
          onClick={() => run((chain) => chain.toggleItalic())}
        />
      </Tool>
      <Tool label={t('richText.underline')}>
        <ToolbarToggleButton
          name="format"
          value="underline"
          icon={<TextUnderlineRegular />}
          disabled={disabled}
          aria-keyshortcuts="Control+U Meta+U"
          onClick={() => run((chain) => chain.toggleUnderline())}
        />
      </Tool>
      <Tool label={t('richText.strike')}>
        <ToolbarToggleButton
          name="format"
          value="strike"
          icon={<TextStrikethroughRegular />}
          disabled={disabled}
          aria-keyshortcuts="Control+Shift+S Meta+Shift+S"
          onClick={() => run((chain) => chain.toggleStrike())}
        />
      </Tool>
      <ToolbarDivider />
      <Tool label={t('richText.bulletList')}>
        <ToolbarToggleButton
          name="block"
          value="bulletList"
          icon={<TextBulletListLtrRegular />}
          disabled={disabled}
          onClick={() => run((chain) => chain.toggleBulletList())}
        />
      </Tool>
      <Tool label={t('richText.orderedList')}>
        <ToolbarToggleButton
          name="block"
          value="orderedList"
          icon={<TextNumberListLtrRegular />}
          disabled={disabled}
          onClick={() => run((chain) => chain.toggleOrderedList())}
        />
      </Tool>
      <Tool label={t('richText.blockquote')}>
        <ToolbarToggleButton
          name="block"
          value="blockquote"
          icon={<TextQuoteRegular />}
          disabled={disabled}
          onClick={() => run((chain) => chain.toggleBlockquote())}
        />
      </Tool>
      <ToolbarDivider />
      <Tool label={t('richText.link')}>
        <ToolbarToggleButton name="format" value="link" icon={<LinkRegular />} disabled={disabled} onClick={onEditLink} />
      </Tool>
      {onInsertImage ? (
        <Tool label={t('richText.image')}>
          <ToolbarButton icon={<ImageAddRegular />} disabled={disabled} onClick={onInsertImage} />
        </Tool>
      ) : null}
      <Tool label={t('richText.imageAlt')}>
        <ToolbarButton
          icon={<ImageAltTextRegular />}
          disabled={disabled}
          disabledFocusable={!disabled && !state.imageSelected}
          onClick={onEditAlt}
        />
      </Tool>
      <Menu>
        <MenuTrigger>
          <Tooltip content={t('richText.table.menu')} relationship="label" withArrow>
            <ToolbarButton icon={<TableRegular />} disabled={disabled} />
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem
              icon={<TableAddRegular />}
              disabled={!state.canInsertTable}
              onClick={() => run((chain) => chain.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))}
            >
              {t('richText.table.insert')}
            </MenuItem>
            <MenuItem icon={<TableInsertRowRegular />} disabled={!state.canAddRow} onClick={() => run((chain) => chain.addRowAfter())}>
              {t('richText.table.addRow')}
            </MenuItem>
            <MenuItem
              icon={<TableInsertColumnRegular />}
              disabled={!state.canAddColumn}
              onClick={() => run((chain) => chain.addColumnAfter())}
            >
              {t('richText.table.addColumn')}
            </MenuItem>
            <MenuItem icon={<TableDeleteRowRegular />} disabled={!state.canDeleteRow} onClick={() => run((chain) => chain.deleteRow())}>
              {t('richText.table.deleteRow')}
            </MenuItem>
            <MenuItem
              icon={<TableDeleteColumnRegular />}
              disabled={!state.canDeleteColumn}
              onClick={() => run((chain) => chain.deleteColumn())}
            >
              {t('richText.table.deleteColumn')}
            </MenuItem>
            <MenuItem icon={<TableDismissRegular />} disabled={!state.canDeleteTable} onClick={() => run((chain) => chain.deleteTable())}>
              {t('richText.table.deleteTable')}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Tool label={t('richText.horizontalRule')}>
        <ToolbarButton icon={<LineHorizontal1Regular />} disabled={disabled} onClick={() => run((chain) => chain.setHorizontalRule())} />
      </Tool>
    </Toolbar>
  );
}
