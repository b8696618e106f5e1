import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { PANEL } from '../../core/messages/pane';

export interface ErrorBarProps {
  message?: string;
  onDismiss: () => void;
}

/** A failure, shown where the user looks; nothing fails only in the console. */
export function ErrorBar({ message, onDismiss }: ErrorBarProps) {
  if (!message) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{PANEL.errorTitle}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {PANEL.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
