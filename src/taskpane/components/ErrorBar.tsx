import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { paneText } from '../../core/messages/pane';

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
        <MessageBarTitle>{paneText.errorTitle}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {paneText.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
