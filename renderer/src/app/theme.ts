import { createTheme } from '@mantine/core';

const font = 'Vazirmatn, Tahoma, sans-serif';

export const theme = createTheme({
  fontFamily: font,
  headings: { fontFamily: font },
  primaryColor: 'teal',
  defaultRadius: 'md',
});
