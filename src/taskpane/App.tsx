import { FluentProvider, webLightTheme, Text } from '@fluentui/react-components';

export interface AppProps {
  host: 'excel' | 'file';
}

/** The task pane: header, then the sections for the workbook or file at hand. */
export function App(props: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Text>{props.host === 'excel' ? 'SAKIP untuk Excel' : 'SAKIP untuk Excel — mode berkas'}</Text>
    </FluentProvider>
  );
}
