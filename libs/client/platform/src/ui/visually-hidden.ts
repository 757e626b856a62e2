import { makeStyles } from '@fluentui/react-components';

/** Read by screen readers, not shown. (Pure: kept out of the entry chunk unless a page in it uses it.) */
export const useVisuallyHiddenStyles = /* @__PURE__ */ makeStyles({
  root: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
