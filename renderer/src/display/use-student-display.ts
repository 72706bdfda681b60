import { useEffect } from 'react';
import { clearDisplaySettings, loadDisplaySettings } from './display-store';
import './display.css';

/** A student's display settings are on the page while they are signed in, and only then. */
export function useStudentDisplay(studentId: string): void {
  useEffect(() => {
    void loadDisplaySettings();
    return () => clearDisplaySettings();
  }, [studentId]);
}
