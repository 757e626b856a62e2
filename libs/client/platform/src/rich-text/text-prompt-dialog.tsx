import { useId, useState, type ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  actions: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalS },
  secondary: { marginInlineEnd: 'auto' },
});

export interface TextPromptDialogProps {
  open: boolean;
  title: string;
  label: string;
  hint?: string;
  placeholder?: string;
  initialValue: string;
  inputType?: 'text' | 'url';
  applyLabel: string;
  cancelLabel: string;
  /** Applies the value; returns an error message to show instead of closing. */
  onApply: (value: string) => string | null;
  onDismiss: () => void;
  /** A further action beside Apply (for example, removing the link). */
  secondaryAction?: ReactNode;
}

/** A one-field dialog for the editor's link and alt text. */
export function TextPromptDialog(props: TextPromptDialogProps) {
  const { open, onDismiss } = props;
  return (
    <Dialog open={open} onOpenChange={(_event, data) => (data.open ? undefined : onDismiss())}>
      {/* The form mounts with the surface, so each opening starts from initialValue. */}
      <DialogSurface>{open ? <PromptForm {...props} /> : null}</DialogSurface>
    </Dialog>
  );
}

function PromptForm({
  title,
  label,
  hint,
  placeholder,
  initialValue,
  inputType = 'text',
  applyLabel,
  cancelLabel,
  onApply,
  onDismiss,
  secondaryAction,
}: TextPromptDialogProps) {
  const styles = useStyles();
  const inputId = useId();
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setError(onApply(value));
      }}
    >
      <DialogBody>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Field label={label} hint={hint} validationState={error ? 'error' : 'none'} validationMessage={error ?? undefined}>
            <Input
              id={inputId}
              type={inputType}
              value={value}
              placeholder={placeholder}
              autoComplete="off"
              onChange={(_event, data) => {
                setValue(data.value);
                if (error) setError(null);
              }}
            />
          </Field>
        </DialogContent>
        <DialogActions fluid className={styles.actions}>
          {secondaryAction ? <span className={styles.secondary}>{secondaryAction}</span> : null}
          <Button type="submit" appearance="primary">
            {applyLabel}
          </Button>
          <Button type="button" onClick={onDismiss}>
            {cancelLabel}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
